import { mixColor } from '../../style';
import type { Expression } from './expression';

// Tuning: FACE_TURN_UNITS is how far features slide when a head turns toward frame left or right.
const FACE_TURN_UNITS = 12;
const EYE = { xUnits: 18, yUnits: 4, rx: 5.5, ry: 6.5 } as const;
const MOUTH_Y_UNITS = 42;
const MOUTH_INK = '#5b2b2b';

type Props = {
  readonly facing: number;
  readonly expression: Expression;
  /** 0 closed … 1 wide open while speaking; null when silent (the expression's mouth shows). */
  readonly speakingMouth: number | null;
  readonly blinking: boolean;
  readonly skin: string;
  readonly hair: string;
  readonly ink: string;
  readonly tone: (color: string) => string;
};

/** Eyes, brows, nose and mouth of a stand-in, posed by an expression. In figure units, head centre at (0, 0). */
export const StandInFace = ({ facing, expression, speakingMouth, blinking, skin, hair, ink, tone }: Props) => {
  const f = facing * FACE_TURN_UNITS;
  const { browLift: lift, browTilt: tilt } = expression;
  const eyeRy = blinking ? 1 : EYE.ry * expression.eyeOpen;
  const mx = f * 0.9;
  const mouthInk = tone(MOUTH_INK);
  const mouth = (() => {
    if (speakingMouth !== null) return <ellipse cx={mx} cy={MOUTH_Y_UNITS} rx={11 - speakingMouth * 2} ry={1.8 + speakingMouth * 7} fill={mouthInk} />;
    switch (expression.mouth) {
      case 'open':
        return <ellipse cx={mx} cy={MOUTH_Y_UNITS + 2} rx={8} ry={8} fill={mouthInk} />;
      case 'tight':
        return <ellipse cx={mx} cy={MOUTH_Y_UNITS} rx={13} ry={1.3} fill={mouthInk} />;
      case 'smile':
        return <path d={`M${mx - 13} ${MOUTH_Y_UNITS - 3} Q${mx} ${MOUTH_Y_UNITS + 8} ${mx + 13} ${MOUTH_Y_UNITS - 3}`} stroke={mouthInk} strokeWidth={3.5} fill="none" strokeLinecap="round" />;
      case 'frown':
        return <path d={`M${mx - 12} ${MOUTH_Y_UNITS + 4} Q${mx} ${MOUTH_Y_UNITS - 4} ${mx + 12} ${MOUTH_Y_UNITS + 4}`} stroke={mouthInk} strokeWidth={3.5} fill="none" strokeLinecap="round" />;
      case 'neutral':
        return <ellipse cx={mx} cy={MOUTH_Y_UNITS} rx={11} ry={1.8} fill={mouthInk} />;
      default:
        return expression.mouth satisfies never;
    }
  })();
  return (
    <>
      <g fill={tone(ink)}>
        <ellipse cx={-EYE.xUnits + f} cy={EYE.yUnits} rx={EYE.rx} ry={eyeRy} />
        <ellipse cx={EYE.xUnits + f} cy={EYE.yUnits} rx={EYE.rx} ry={eyeRy} />
      </g>
      <path
        d={`M${-27 + f} ${-12 - lift} L${-10 + f} ${-15 - lift - tilt} M${10 + f} ${-15 - lift - tilt} L${27 + f} ${-12 - lift}`}
        stroke={tone(mixColor(hair, ink, 0.5))}
        strokeWidth={4.5}
        strokeLinecap="round"
      />
      <path d={`M${f * 1.2} 10 L${3 + f * 1.3} 26 L${-3 + f * 1.1} 28`} stroke={tone(mixColor(skin, '#000000', 0.3))} strokeWidth={3} fill="none" strokeLinecap="round" />
      {mouth}
    </>
  );
};
