import type { ShotType } from '../../schema';

/** Where one stand-in stands in a 1080x1920 frame. */
export type FigurePlacement = {
  readonly characterId: string;
  /** Head centre in frame pixels. */
  readonly xPx: number;
  readonly yPx: number;
  /** Multiplies the unit figure, whose head is 128 units tall. */
  readonly scale: number;
  /** -1 turned toward frame left, 0 toward camera, 1 toward frame right. */
  readonly facing: number;
  readonly view: 'front' | 'back';
  readonly body: 'bust' | 'full';
  /** 0 in focus; toward 1 sunk into the dark (a foreground shoulder, a far figure). */
  readonly shade: number;
};

// Tuning: head sizes per shot. A close-up head is about a quarter of the frame height; raise the
// scale to crop tighter. Y is the head centre; keep faces above the dialogue band (y ≥ 1150).
const EXTREME_CLOSE_UP = { yPx: 800, scale: 6.4 } as const;
const CLOSE_UP = { yPx: 700, scale: 3.4 } as const;
const MEDIUM = { yPx: 720, scale: 1.8 } as const;
const GROUP = { yPx: 760, scale: 1.45, leftPx: 300, rightPx: 780, depthStep: 0.07 } as const;
const OTS_FOREGROUND = { xPx: 200, yPx: 1050, scale: 3.0, shade: 0.35 } as const;
const OTS_SUBJECT = { xPx: 690, yPx: 690, scale: 1.75, facing: -0.55 } as const;
const WIDE = { floorPx: 1390, scale: 0.72, leftPx: 330, rightPx: 750 } as const;
/** The unit figure's feet, in figure units below the head centre (see stand-in-shapes.ts). */
export const FULL_FIGURE_FEET_UNITS = 640;
const MAX_IN_GROUP = 4;
/** Three or more in a bust shot: smaller and spread wider so every face stays in frame. */
const CROWD_SCALE = 0.8;
const CROWD_WIDEN_PX = 180;

const single = (id: string | undefined, at: { yPx: number; scale: number }): FigurePlacement[] =>
  id ? [{ characterId: id, xPx: 540, yPx: at.yPx, scale: at.scale, facing: 0, view: 'front', body: 'bust', shade: 0 }] : [];

const spread = (ids: readonly string[], body: 'bust' | 'full'): FigurePlacement[] => {
  const cast = ids.slice(0, MAX_IN_GROUP);
  const box = body === 'full' ? WIDE : GROUP;
  return cast.map((characterId, i) => {
    const t = cast.length === 1 ? 0.5 : i / (cast.length - 1);
    const depth = 1 - GROUP.depthStep * (i % 2);
    const scale = box.scale * depth * (body === 'bust' && cast.length > 2 ? CROWD_SCALE : 1);
    return {
      characterId,
      xPx: box.leftPx + (box.rightPx - box.leftPx) * t + (cast.length > 2 ? (t - 0.5) * CROWD_WIDEN_PX : 0),
      yPx: body === 'full' ? WIDE.floorPx - FULL_FIGURE_FEET_UNITS * scale : GROUP.yPx - (1 - depth) * 300,
      scale,
      facing: cast.length === 1 ? 0 : (0.5 - t) * 1.2,
      view: 'front',
      body,
      shade: (1 - depth) * 1.5,
    };
  });
};

/**
 * Places a shot's cast the way the shot type frames it: close-ups show the focused character alone,
 * an over-the-shoulder puts the first character's back in the foreground, wide shots show small full figures.
 */
export const frameCast = ({ shotType, cast, focusId }: { shotType: ShotType; cast: readonly string[]; focusId: string | null }): FigurePlacement[] => {
  const focus = focusId ?? cast[0];
  switch (shotType) {
    case 'extreme-close-up':
      return single(focus, EXTREME_CLOSE_UP);
    case 'close-up':
      return single(focus, CLOSE_UP);
    case 'medium':
      return cast.length <= 1 ? single(cast[0], MEDIUM) : spread(cast, 'bust');
    case 'two-shot':
      return spread(cast, 'bust');
    case 'over-the-shoulder': {
      const [shoulder, subject] = cast;
      if (!shoulder || !subject) return single(shoulder, MEDIUM);
      return [
        { characterId: subject, ...OTS_SUBJECT, view: 'front', body: 'bust', shade: 0 },
        { characterId: shoulder, ...OTS_FOREGROUND, facing: 0, view: 'back', body: 'bust' },
      ];
    }
    case 'wide':
      return spread(cast, 'full');
    case 'pov':
      return single(cast.length > 1 ? cast[1] : cast[0], MEDIUM);
    case 'insert':
      return [];
    default:
      return shotType satisfies never;
  }
};
