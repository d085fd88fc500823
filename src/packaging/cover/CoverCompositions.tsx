import { Composition, Folder, type CalculateMetadataFunction } from 'remotion';
import { episodeJobSchema, type EpisodeJobInput } from '../../schema';
import { FPS, HEIGHT, WIDTH } from '../../timeline';
import { calculateEpisodeMetadata } from '../../remotion/calculate-episode-metadata';
import type { EpisodeProps } from '../../remotion/episode-props';
import { Cover } from './Cover';
import { JOB_COVER_COMPOSITION_ID, coverCompositionId } from './cover-ids';

/** A cover is one frame of its own composition; its props and media are found like the episode's. */
const calculateCoverMetadata: CalculateMetadataFunction<EpisodeProps> = async (options) => ({
  ...(await calculateEpisodeMetadata(options)),
  durationInFrames: 1,
});

const CoverComposition = ({ id, defaultProps }: { readonly id: string; readonly defaultProps: EpisodeJobInput }) => (
  <Composition
    id={id}
    component={Cover}
    schema={episodeJobSchema}
    defaultProps={defaultProps}
    calculateMetadata={calculateCoverMetadata}
    width={WIDTH}
    height={HEIGHT}
    fps={FPS}
    durationInFrames={1}
  />
);

/** The covers of one series, in a "covers" folder inside the series' folder of the Studio. */
export const SeriesCovers = ({ episodes }: { readonly episodes: readonly { readonly id: string; readonly input: unknown }[] }) => (
  <Folder name="covers">
    {episodes.map((episode) => (
      <CoverComposition key={episode.id} id={coverCompositionId(episode.id)} defaultProps={episode.input as EpisodeJobInput} />
    ))}
  </Folder>
);

/** The cover of any JSON job passed as input props, beside the job composition. */
export const JobCover = ({ defaultProps }: { readonly defaultProps: EpisodeJobInput }) => <CoverComposition id={JOB_COVER_COMPOSITION_ID} defaultProps={defaultProps} />;
