import { Composition, Folder } from 'remotion';
import type { Problem } from '../errors';
import { loadCatalog, type CatalogEpisode } from '../project';
import { DEFAULT_PREVIEW, episodeJobSchema, type EpisodeJobInput, type SeriesEntry } from '../schema';
import { FPS, HEIGHT, WIDTH } from '../timeline';
import { loadShippedFonts } from '../style';
import { NOTICE_DURATION_IN_FRAMES, calculateEpisodeMetadata } from './calculate-episode-metadata';
import { Episode } from './Episode';
import { ProblemsNotice } from './ProblemsNotice';
import { JOB_COMPOSITION_ID, JOB_FOLDER } from './composition-ids';
import { JobCover, SeriesCovers } from '../packaging/cover/CoverCompositions';

// Fonts load with the root, before any frame renders (loadFont holds rendering until they are ready).
void loadShippedFonts();

/** Id of the composition that lists problems belonging to no single episode (a duplicate series or episode). */
export const CATALOG_PROBLEMS_ID = 'catalog-problems';

const CatalogProblems = ({ problems }: { readonly problems: readonly Problem[] }) => (
  <ProblemsNotice title="The catalog has problems" problems={problems} />
);

/** Groups episodes by series, keeping the first of any duplicate id (Remotion ids must be unique). */
const bySeries = (episodes: readonly CatalogEpisode[]): { folders: Map<string, CatalogEpisode[]>; dropped: CatalogEpisode[] } => {
  const folders = new Map<string, CatalogEpisode[]>();
  const seen = new Set<string>();
  const dropped: CatalogEpisode[] = [];
  for (const episode of episodes) {
    if (seen.has(episode.id)) {
      dropped.push(episode);
      continue;
    }
    seen.add(episode.id);
    folders.set(episode.seriesId, [...(folders.get(episode.seriesId) ?? []), episode]);
  }
  return { folders, dropped };
};

/**
 * Props for the Studio's props editor: the parsed job, with every schema default filled in, because
 * the editor reads nested defaults from the value and fails on an omitted object. Invalid episodes
 * keep their authored input so their notice shows the problems. The preview settings (safe-zone guides on)
 * are filled in so their switch shows in the editor.
 */
const editorProps = (episode: CatalogEpisode): EpisodeJobInput => ({ preview: DEFAULT_PREVIEW, ...(episode.job ?? episode.input) }) as EpisodeJobInput;

/** Every episode of every series as a composition, one folder per series; invalid props play as an in-video notice. */
export const CatalogRoot = ({ entries }: { readonly entries: readonly SeriesEntry[] }) => {
  const catalog = loadCatalog(entries);
  const { folders, dropped } = bySeries(catalog.episodes);
  const first = [...folders.values()][0]?.[0];
  const firstProps = first ? editorProps(first) : undefined;
  const stray = [...catalog.problems, ...dropped.flatMap((e) => e.problems)];
  return (
    <>
      {[...folders].map(([seriesId, episodes]) => (
        <Folder key={seriesId} name={seriesId}>
          {episodes.map((episode) => (
            <Composition
              key={episode.id}
              id={episode.id}
              component={Episode}
              schema={episodeJobSchema}
              defaultProps={editorProps(episode)}
              calculateMetadata={calculateEpisodeMetadata}
              width={WIDTH}
              height={HEIGHT}
              fps={FPS}
              durationInFrames={NOTICE_DURATION_IN_FRAMES}
            />
          ))}
          <SeriesCovers episodes={episodes} />
        </Folder>
      ))}
      {firstProps ? (
        <Folder name={JOB_FOLDER}>
          <Composition
            id={JOB_COMPOSITION_ID}
            component={Episode}
            schema={episodeJobSchema}
            defaultProps={firstProps}
            calculateMetadata={calculateEpisodeMetadata}
            width={WIDTH}
            height={HEIGHT}
            fps={FPS}
            durationInFrames={NOTICE_DURATION_IN_FRAMES}
          />
          <JobCover defaultProps={firstProps} />
        </Folder>
      ) : null}
      {stray.length > 0 ? (
        <Composition id={CATALOG_PROBLEMS_ID} component={CatalogProblems} defaultProps={{ problems: stray }} width={WIDTH} height={HEIGHT} fps={FPS} durationInFrames={NOTICE_DURATION_IN_FRAMES} />
      ) : null}
    </>
  );
};
