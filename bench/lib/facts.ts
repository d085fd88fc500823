import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareSound } from '../../src/audio/prepare-sound';
import { singleTarget } from '../../src/cli/context';
import { readCaptionFile } from '../../src/captions/node/read-caption-file';
import type { EpisodeProps } from '../../src/remotion/episode-props';
import { PUBLIC_DIR } from '../../src/render/paths';
import { planCachedRender } from '../../src/render/segments';
import { publicFileHasher } from '../../src/render/segments/file-hash';

/** The props `cliffhanger render` gives the composition (the job, its measured media, generated sounds), for plain Remotion to get the same. */
const propsOf = async (job: string): Promise<EpisodeProps> => {
  const target = await prepareSound({ target: await singleTarget(job), publicDir: PUBLIC_DIR });
  return target.input as EpisodeProps;
};

const planOf = (props: EpisodeProps) => {
  const src = props.episode.captions?.src;
  const read = src === undefined ? null : readCaptionFile({ src, publicDir: PUBLIC_DIR });
  return planCachedRender({ props, compositionId: 'cliffhanger-job', codeVersion: 'bench', captionFile: read && 'file' in read ? read.file : null, fileHash: publicFileHasher(PUBLIC_DIR), master: null });
};

/** Writes both jobs' props for plain Remotion and works out what the reference is made of and what the edit changes. */
export const referenceFacts = async ({ job, edited, out }: { job: string; edited: string; out: string }) => {
  const props = await propsOf(job);
  const editedProps = await propsOf(edited);
  const propsFile = path.join(out, 'props.json');
  const editedPropsFile = path.join(out, 'edited-props.json');
  writeFileSync(propsFile, JSON.stringify(props));
  writeFileSync(editedPropsFile, JSON.stringify(editedProps));
  const before = planOf(props);
  const after = planOf(editedProps);
  const changed = after.segments.filter((_, i) => after.keys[i] !== before.keys[i]);
  const first = changed[0];
  const last = changed[changed.length - 1];
  const pictures = Object.values(props.assets?.pictures ?? {});
  const videoBeats = props.episode.beats.filter((b) => pictures.some((p) => p.kind === 'video' && p.src === b.media?.src)).map((b) => b.id);
  const videoFrames = after.segments.filter((s) => s.beatIndex !== null && videoBeats.includes(props.episode.beats[s.beatIndex]?.id ?? '')).reduce((n, s) => n + s.durationInFrames, 0);
  return {
    propsFile,
    editedPropsFile,
    episode: { id: 'bench-last-delivery-e01', frames: before.durationInFrames, seconds: before.durationInFrames / before.fps, videoSeconds: videoFrames / before.fps, segments: before.segments.length, beats: props.episode.beats.length },
    edit: { changedSegments: changed.length, changedFrames: first && last ? ([first.fromInFrames, last.fromInFrames + last.durationInFrames - 1] as const) : null },
  };
};
