import { random } from 'remotion';
import type { SeriesStyle } from '../../schema';
import { mixColor, withAlpha } from '../../style';
import type { Scene } from './cast';

/** The animatic's set: a wall, windows, a floor and a light, derived from the words of the setting and lighting. */
export type SetDesign = {
  readonly wall: string;
  readonly floor: string;
  readonly horizonPx: number;
  readonly panes: readonly { readonly xPx: number; readonly widthPx: number; readonly topPx: number }[];
  readonly paneFill: string;
  readonly lights: readonly { readonly xPx: number; readonly yPx: number; readonly sizePx: number }[];
  readonly stripes: boolean;
  readonly tint: string | null;
};

// Tuning: the horizon sits a little below mid-frame (eye level of a standing camera); the
// keyword lists decide which look a setting gets. Add words here rather than special cases in the component.
const HORIZON_PX = 1230;
const NIGHT = /night|p\.m\.|\bpm\b|dark|city lights|midnight/i;
const GLASS = /glass|window|office|city|conference|lobby|studio/i;
const STRIPES = /blind|stripe/i;
const COOL = /cool|fluorescent|blue|projector|cold|screen/i;
const WARM = /warm|morning|lamp|sunset|golden|a\.m\./i;
const HARSH = /harsh|white|overhead|bright/i;
const CITY_LIGHT_COUNT = 26;

/** Designs the set for a scene. Pure and deterministic: the same setting always gets the same set. */
export const designSet = ({ scene, palette }: { scene: Scene; palette: SeriesStyle['palette'] }): SetDesign => {
  const words = `${scene.setting ?? ''} ${scene.lighting ?? ''}`;
  const seed = scene.setting ?? 'no-setting';
  const night = NIGHT.test(words);
  const harsh = HARSH.test(scene.lighting ?? '');
  const base = mixColor(palette.surface, palette.background, 0.25);
  const wall = night ? mixColor(base, palette.background, 0.55) : harsh ? mixColor(base, palette.muted, 0.3) : base;
  const paneCount = GLASS.test(words) ? 3 + Math.floor(random(`${seed}-panes`) * 3) : 0;
  const spanPx = 1240;
  const panes = Array.from({ length: paneCount }, (_, i) => ({
    xPx: -80 + (spanPx / paneCount) * i + 14,
    widthPx: spanPx / paneCount - 28,
    topPx: 180 + Math.round(random(`${seed}-top`) * 120),
  }));
  const lights = night
    ? Array.from({ length: CITY_LIGHT_COUNT }, (_, i) => ({
        xPx: Math.round(random(`${seed}-lx-${i}`) * 1080),
        yPx: Math.round(560 + random(`${seed}-ly-${i}`) * (HORIZON_PX - 620)),
        sizePx: 4 + Math.round(random(`${seed}-ls-${i}`) * 6),
      }))
    : [];
  const tint = COOL.test(words) ? withAlpha('#4f7cff', 0.08) : WARM.test(words) ? withAlpha('#ffb347', 0.07) : null;
  return {
    wall,
    floor: mixColor(wall, '#000000', 0.35),
    horizonPx: HORIZON_PX,
    panes,
    paneFill: night ? mixColor(palette.background, '#1c2a4a', 0.5) : mixColor(wall, palette.muted, 0.35),
    lights,
    stripes: STRIPES.test(words),
    tint,
  };
};
