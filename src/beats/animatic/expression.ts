import { interpolate } from 'remotion';

/** A stand-in's face: brows raised (+) or lowered (−) in figure units, inner brow ends tilted up (+) or down (−), eye opening, mouth. */
export type Expression = {
  readonly browLift: number;
  readonly browTilt: number;
  readonly eyeOpen: number;
  readonly mouth: 'neutral' | 'open' | 'tight' | 'smile' | 'frown';
};

export const NEUTRAL: Expression = { browLift: 0, browTilt: 0, eyeOpen: 1, mouth: 'neutral' };

// Tuning: which words of a reaction's emotion pick which face. First match wins, so list the
// strong emotions first. Add words here; the faces themselves are the table below.
const FACES: readonly [RegExp, Expression][] = [
  [/shock|stun|disbelief|horror|gasp/i, { browLift: 8, browTilt: 2, eyeOpen: 1.35, mouth: 'open' }],
  [/fear|afraid|panic|dread|terror/i, { browLift: 6, browTilt: 6, eyeOpen: 1.25, mouth: 'open' }],
  [/anger|angry|rage|fury|furious/i, { browLift: -3, browTilt: -7, eyeOpen: 0.85, mouth: 'tight' }],
  [/suspicio|distrust|wary|cold/i, { browLift: -2, browTilt: -4, eyeOpen: 0.65, mouth: 'tight' }],
  [/guilt|shame|sad|grief|sorry|regret/i, { browLift: 1, browTilt: 6, eyeOpen: 0.7, mouth: 'frown' }],
  [/resolve|determin|steel|defian/i, { browLift: -1, browTilt: -4, eyeOpen: 0.9, mouth: 'tight' }],
  [/plan|idea|scheme|realis|realiz/i, { browLift: 0, browTilt: -2, eyeOpen: 0.85, mouth: 'smile' }],
  [/amuse|smile|smug|charm|relief|joy|nod/i, { browLift: 1, browTilt: 0, eyeOpen: 0.9, mouth: 'smile' }],
  [/confus|puzzle|uncertain|hesita|doubt/i, { browLift: 3, browTilt: 4, eyeOpen: 1.05, mouth: 'neutral' }],
];
/** Words that turn one emotion into the next within a beat ("confusion hardening into shock"). */
const TURN = /\s*(?:,\s*then|\bthen\b|\b\w+ing into\b|\binto\b|\bgiving way to\b|→|->)\s*/i;
const BLEND_FRAMES = 8;

/** The faces an emotion passes through, in order: "fear, then the first flicker of a plan" is two. */
export const expressionsOf = (emotion: string): Expression[] =>
  emotion
    .split(TURN)
    .filter((part) => part.trim() !== '')
    .map((part) => FACES.find(([pattern]) => pattern.test(part))?.[1] ?? NEUTRAL);

/** The face at a frame: each phase holds an equal share of the beat, blending into the next over a few frames. */
export const expressionAt = ({ phases, frame, durationInFrames }: { phases: readonly Expression[]; frame: number; durationInFrames: number }): Expression => {
  if (phases.length === 0) return NEUTRAL;
  const share = durationInFrames / phases.length;
  const index = Math.min(phases.length - 1, Math.max(0, Math.floor(frame / share)));
  const current = phases[index] ?? NEUTRAL;
  const previous = phases[index - 1];
  if (!previous) return current;
  const t = interpolate(frame - index * share, [0, BLEND_FRAMES], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  return {
    browLift: previous.browLift + (current.browLift - previous.browLift) * t,
    browTilt: previous.browTilt + (current.browTilt - previous.browTilt) * t,
    eyeOpen: previous.eyeOpen + (current.eyeOpen - previous.eyeOpen) * t,
    mouth: t < 0.5 ? previous.mouth : current.mouth,
  };
};
