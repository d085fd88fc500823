import type { EpisodeTarget } from '../../project/resolve-target';
import type { RenderTarget } from '../../render/renderer';
import { JOB_COVER_COMPOSITION_ID, coverCompositionId } from './cover-ids';

/** The composition and props that draw an episode's cover: its own for catalog episodes, the job cover for JSON jobs. */
export const coverTarget = (target: Pick<EpisodeTarget, 'id' | 'source' | 'input'>): RenderTarget => ({
  compositionId: target.source === 'catalog' ? coverCompositionId(target.id) : JOB_COVER_COMPOSITION_ID,
  inputProps: target.input,
});
