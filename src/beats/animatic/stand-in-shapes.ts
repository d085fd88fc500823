import type { HairStyle } from '../../schema';

/**
 * SVG paths of the stand-in figure in its own units: head centre at (0, 0), head 128 units tall,
 * shoulders ±170, a bust running off the bottom of the frame, a full figure with feet at y = 640.
 */
export const HEAD = 'M0 -64 C31 -64 52 -42 52 -6 C52 30 33 62 0 66 C-33 62 -52 30 -52 -6 C-52 -42 -31 -64 0 -64 Z';
export const NECK = 'M-23 36 L23 36 L26 96 L-26 96 Z';
export const BUST =
  'M-28 84 C-52 92 -100 98 -128 116 C-150 132 -160 170 -164 230 L-172 760 L172 760 L164 230 C160 170 150 132 128 116 C100 98 52 92 28 84 Z';
/** Where the arms meet the chest, drawn as darker strokes over the bust. */
export const ARM_LINES = 'M-120 196 C-116 320 -114 520 -118 760 M120 196 C116 320 114 520 118 760';
/** The shadow side of the face (the right side; mirrored for a figure lit from the other side). */
export const HEAD_SHADE = 'M12 -63 C36 -58 52 -40 52 -6 C52 30 33 62 0 66 C20 52 30 22 30 -6 C30 -34 24 -52 12 -63 Z';
export const COLLAR = 'M-30 84 L0 138 L30 84 C20 90 -20 90 -30 84 Z';
export const FULL_BODY =
  'M-30 84 C-56 92 -96 98 -114 116 C-128 136 -132 200 -130 340 L-92 346 L-88 624 L-14 624 L-8 390 L8 390 L14 624 L88 624 L92 346 L130 340 C132 200 128 136 114 116 C96 98 56 92 30 84 Z';
/** The legs of the full figure, drawn darker over FULL_BODY as trousers. */
export const LEGS = 'M-92 346 L-88 624 L-14 624 L-8 390 L8 390 L14 624 L88 624 L92 346 Z';
export const SHOES = 'M-94 618 L-8 618 L-6 640 L-100 640 Z M8 618 L94 618 L100 640 L6 640 Z';
export const EARS = 'M-50 -8 C-62 -10 -62 22 -48 20 Z M50 -8 C62 -10 62 22 48 20 Z';

/** Hair drawn behind the head (length falling past the jaw) and in front of it (crown and fringe). */
export type HairShapes = { readonly back: string | null; readonly front: string | null };

const CAP_WITH_FRINGE = 'M-55 4 C-60 -52 -30 -76 0 -76 C34 -76 62 -52 55 4 C50 -20 42 -34 22 -40 C2 -32 -28 -36 -44 -28 C-50 -20 -53 -8 -55 4 Z';
const SIDE_PARTED = 'M-57 62 C-66 0 -60 -76 0 -76 C60 -76 66 0 57 62 L46 62 C48 20 46 -10 40 -30 C20 -44 -12 -40 -40 -24 C-46 0 -47 30 -45 62 Z';
const TIGHT_CAP = 'M-53 -4 C-56 -50 -30 -72 0 -72 C30 -72 56 -50 53 -4 C46 -30 26 -44 0 -46 C-26 -44 -46 -30 -53 -4 Z';
const BUZZ = 'M-52 -8 C-52 -46 -30 -67 0 -67 C30 -67 52 -46 52 -8 C42 -32 22 -42 0 -42 C-22 -42 -42 -32 -52 -8 Z';
const fall = (toY: number): string =>
  `M-60 -10 C-64 -62 -30 -80 0 -80 C30 -80 64 -62 60 -10 L68 ${toY} C52 ${toY + 10} 40 ${toY + 6} 34 ${toY - 4} L-34 ${toY - 4} C-40 ${toY + 6} -52 ${toY + 10} -68 ${toY} Z`;
const BUN = 'M0 -104 C16 -104 28 -94 28 -80 C28 -66 16 -58 0 -58 C-16 -58 -28 -66 -28 -80 C-28 -94 -16 -104 0 -104 Z';

/** Hair paths for a hair style, seen from the front. */
export const hairShapes = (style: HairStyle): HairShapes => {
  switch (style) {
    case 'short':
      return { back: null, front: CAP_WITH_FRINGE };
    case 'shoulder':
      return { back: fall(112), front: SIDE_PARTED };
    case 'long':
      return { back: fall(230), front: SIDE_PARTED };
    case 'bun':
      return { back: BUN, front: TIGHT_CAP };
    case 'buzz':
      return { back: null, front: BUZZ };
    case 'bald':
      return { back: null, front: null };
    default:
      return style satisfies never;
  }
};

/** Hair seen from behind: the whole head covered, plus any length and bun. Null when bald. */
export const backOfHead = (style: HairStyle): { readonly cover: string | null; readonly extra: string | null } => {
  const covered = 'M0 -78 C36 -78 58 -50 56 -4 C56 34 36 62 0 70 C-36 62 -56 34 -56 -4 C-58 -50 -36 -78 0 -78 Z';
  switch (style) {
    case 'bald':
      return { cover: null, extra: null };
    case 'shoulder':
      return { cover: covered, extra: fall(112) };
    case 'long':
      return { cover: covered, extra: fall(230) };
    case 'bun':
      return { cover: covered, extra: BUN };
    case 'short':
    case 'buzz':
      return { cover: covered, extra: null };
    default:
      return style satisfies never;
  }
};
