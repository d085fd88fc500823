import { useRemotionEnvironment } from 'remotion';
import type { Preview } from '../schema/preview';
import type { ResolvedEpisode } from '../timeline';
import { SafeZoneGuide } from './guide/SafeZoneGuide';
import { LayoutProbe } from './probe/LayoutProbe';
import { MEASURE_LAYOUT_ENV } from './probe/layout-log';
import { safeZoneSettingsOf } from './safe-rect';
import { zonesOfSettings } from './zones';

/** Whether this render was asked to report its layout (only `cliffhanger check` sets the variable). */
const measuring = (): boolean => typeof process !== 'undefined' && process.env?.[MEASURE_LAYOUT_ENV] === '1';

type Props = { readonly episode: ResolvedEpisode; readonly preview?: Partial<Preview> };

/**
 * An episode's safe-zone layer: in the Studio, the guides of its target platforms (unless the props
 * editor turns them off); in a render, nothing but the layout probe when `cliffhanger check` asks.
 */
export const SafeZoneLayer = ({ episode, preview }: Props) => {
  const env = useRemotionEnvironment();
  if (env.isStudio && (preview?.safeZoneGuides ?? true)) {
    return <SafeZoneGuide zones={zonesOfSettings(safeZoneSettingsOf(episode.series))} safeArea={episode.safeArea} />;
  }
  return env.isRendering && measuring() ? <LayoutProbe /> : null;
};
