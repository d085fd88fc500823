import type { FootageLayer } from './footage';

/** Who draws a frame: Chromium alone (`full`), or Chromium's transparent overlay over ffmpeg's footage. */
export type FrameLayer = 'full' | 'overlay';

/** One frame of a run: which layer draws it and which captured frame of that layer shows it (itself, or an equal one before it). */
export type PlannedFrame = { readonly frame: number; readonly layer: FrameLayer; readonly shownBy: number; readonly footage: FootageLayer | null };

/** A layered run's plan: every frame in order, and the frames each pass must capture (ascending, each once). */
export type FramePlan = { readonly frames: readonly PlannedFrame[]; readonly full: readonly number[]; readonly overlay: readonly number[] };

/**
 * Decides which frames of [from, to) are captured and which repeat an equal frame already captured, from the probe's
 * signatures (one per frame, see signatureOf): frames with equal signatures in the same layer draw the same pixels, so
 * only the first is captured. A footage beat's frames before `fromInFrames` (its incoming transition, drawn whole by
 * Chromium while the probe left its picture out) are always captured. Pure.
 */
export const planFrames = ({ from, to, signatures, footage }: { from: number; to: number; signatures: readonly string[]; footage: readonly FootageLayer[] }): FramePlan => {
  if (signatures.length !== to - from) throw new Error(`The probe gave ${signatures.length} signatures for the ${to - from} frames ${from}-${to - 1}`);
  const first = new Map<string, number>();
  const full: number[] = [];
  const overlay: number[] = [];
  const frames = signatures.map((signature, i): PlannedFrame => {
    const frame = from + i;
    const layer = footage.find((f) => frame >= f.fromInFrames && frame < f.toInFrames) ?? null;
    const inTransition = footage.some((f) => frame >= f.beatFromInFrames && frame < f.fromInFrames);
    const kind: FrameLayer = layer ? 'overlay' : 'full';
    const key = `${kind}:${inTransition ? `live:${frame}` : signature}`;
    const shownBy = first.get(key);
    if (shownBy !== undefined) return { frame, layer: kind, shownBy, footage: layer };
    first.set(key, frame);
    (kind === 'full' ? full : overlay).push(frame);
    return { frame, layer: kind, shownBy: frame, footage: layer };
  });
  return { frames, full, overlay };
};

/** A stretch of consecutive frames drawn the same way: all by Chromium, or all over one footage layer. */
export type Span = { readonly layer: FrameLayer; readonly footage: FootageLayer | null; readonly frames: readonly PlannedFrame[] };

/** Cuts a plan into spans, in order. Pure. */
export const spansOf = (plan: FramePlan): Span[] => {
  const spans: { layer: FrameLayer; footage: FootageLayer | null; frames: PlannedFrame[] }[] = [];
  for (const f of plan.frames) {
    const last = spans[spans.length - 1];
    if (last && last.layer === f.layer && last.footage === f.footage) last.frames.push(f);
    else spans.push({ layer: f.layer, footage: f.footage, frames: [f] });
  }
  return spans;
};
