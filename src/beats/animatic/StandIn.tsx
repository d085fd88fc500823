import type { Character } from '../../schema';
import { mixColor } from '../../style';
import type { Expression } from './expression';
import type { FigurePlacement } from './framing';
import { StandInFace } from './StandInFace';
import { ARM_LINES, BUST, COLLAR, EARS, FULL_BODY, HEAD, HEAD_SHADE, LEGS, NECK, SHOES, backOfHead, hairShapes } from './stand-in-shapes';

// Tuning: the identity-colour rim light is the figure's silhouette shifted by RIM_OFFSET units;
// widen it for a stronger backlight.
const RIM_OFFSET = 7;
const FEATURE_INK = '#1b1413';

type Props = {
  readonly character: Character;
  readonly placement: FigurePlacement;
  /** 0–1 while the character's line is on screen (the stand-in "speaks" so a director sees who talks when), else null. */
  readonly speakingMouth: number | null;
  readonly expression: Expression;
  readonly blinking: boolean;
  /** Colour the figure sinks into with distance (the set's darkness). */
  readonly shadeColor: string;
  /** 0–1 darkening toward black: a listener while someone else speaks. */
  readonly dim: number;
  readonly breathPx: number;
};

/** One character's stand-in: a flat storyboard figure in the character's skin, hair and outfit, rim-lit in their identity colour. */
export const StandIn = ({ character, placement, speakingMouth, expression, blinking, shadeColor, dim, breathPx }: Props) => {
  const { skin, hair, hairStyle, outfit } = character.standIn;
  const tone = (c: string): string => mixColor(mixColor(c, shadeColor, placement.shade), '#000000', dim);
  const body = placement.body === 'full' ? FULL_BODY : BUST;
  const front = hairShapes(hairStyle);
  const back = backOfHead(hairStyle);
  const isBack = placement.view === 'back';
  /** The rim light and the face's shadow share a side: light from behind, key light from the front. */
  const rimSide = placement.facing > 0 ? -1 : 1;
  const silhouette = [body, HEAD, EARS, isBack ? back.cover : front.front, isBack ? back.extra : front.back].filter(Boolean).join(' ');

  return (
    <g transform={`translate(${placement.xPx} ${placement.yPx + breathPx}) scale(${placement.scale})`}>
      <path d={silhouette} transform={`translate(${rimSide * RIM_OFFSET} -4)`} fill={tone(character.color)} />
      {!isBack && front.back ? <path d={front.back} fill={tone(mixColor(hair, '#000000', 0.2))} /> : null}
      <path d={NECK} fill={tone(mixColor(skin, '#000000', 0.18))} />
      <path d={body} fill={tone(outfit)} />
      {placement.body === 'bust' ? <path d={ARM_LINES} stroke={tone(mixColor(outfit, '#000000', 0.28))} strokeWidth={5} fill="none" /> : null}
      {placement.body === 'full' ? <path d={LEGS} fill={tone(mixColor(outfit, '#000000', 0.35))} /> : null}
      {placement.body === 'full' ? <path d={SHOES} fill={tone('#15151a')} /> : null}
      {isBack ? null : <path d={COLLAR} fill={tone(mixColor(skin, '#000000', 0.12))} />}
      <path d={EARS} fill={tone(mixColor(skin, '#000000', 0.08))} />
      <path d={HEAD} fill={tone(skin)} />
      {isBack ? (
        <>
          {back.cover ? <path d={back.cover} fill={tone(hairStyle === 'buzz' ? mixColor(hair, skin, 0.3) : hair)} /> : null}
          {back.extra ? <path d={back.extra} fill={tone(hair)} /> : null}
        </>
      ) : (
        <>
          <path d={HEAD_SHADE} transform={`scale(${rimSide} 1)`} fill="#000000" opacity={0.13} />
          <StandInFace
            facing={placement.facing}
            expression={expression}
            speakingMouth={speakingMouth}
            blinking={blinking}
            skin={skin}
            hair={hair}
            ink={FEATURE_INK}
            tone={tone}
          />
          {front.front ? <path d={front.front} fill={tone(hair)} /> : null}
        </>
      )}
    </g>
  );
};
