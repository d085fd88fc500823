import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoudnessTarget, Platform } from '../schema';
import { CliffhangerError } from '../errors';
import type { ResolvedEpisode } from '../timeline';
import type { EpisodeTarget } from '../project/resolve-target';
import type { Renderer } from '../render/renderer';
import { writeAtomically } from '../render/atomic-output';
import { encodeArgs, encodeVariant } from './encode';
import { canonicalJson, sha256Text } from './hashes';
import { fileEntry, isIntact, type FileEntry, type ManifestEpisode, type ManifestVariant } from './manifest';
import { mp4Layout } from './mp4-boxes';
import type { PlannedEpisode, PlannedVariant } from './plan';
import { probeMedia, type MediaSummary } from './probe';
import type { PublishReporter } from './reporter';
import { subtitleSidecar } from './sidecars';
import { specIssues } from './verify';
import { MASTERS_DIR, makeMaster } from './master';

/** What making one episode's files needs. */
export type EpisodeWork = {
  readonly outDir: string;
  readonly publicDir: string;
  readonly target: EpisodeTarget;
  readonly resolved: ResolvedEpisode;
  readonly planned: PlannedEpisode;
  readonly inputHash: string;
  readonly previousRun: ManifestEpisode | undefined;
  readonly force: boolean;
  readonly loudness: LoudnessTarget;
  readonly renderer: () => Renderer;
  readonly report: PublishReporter;
};

const copyAtomically = (from: string, to: string): Promise<void> => writeAtomically(to, async (temp) => copyFileSync(from, temp));
const entryAt = (entry: FileEntry, relative: string): FileEntry => ({ ...entry, path: relative.split(path.sep).join('/') });

/** Writes a text file only when its content changed, so an unchanged sidecar keeps its date. */
const writeTextIfChanged = async (file: string, text: string): Promise<boolean> => {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  await writeAtomically(file, async (temp) => writeFileSync(temp, text));
  return true;
};

/** Groups the platforms that take the very same encode, so each distinct file is encoded once. */
const byProfile = (variants: readonly PlannedVariant[]): PlannedVariant[][] => {
  const groups = new Map<string, PlannedVariant[]>();
  for (const v of variants) groups.set(canonicalJson(v.encode), [...(groups.get(canonicalJson(v.encode)) ?? []), v]);
  return [...groups.values()];
};

/** Encodes one group of platforms from the master, checks the file against each platform's spec before it is moved into place, copies it to the others. */
const makeVideos = async ({ work, group, master }: { work: EpisodeWork; group: readonly PlannedVariant[]; master: FileEntry }): Promise<Map<Platform, { video: FileEntry; probe: ManifestVariant['probe']; profileHash: string }>> => {
  const { outDir, target, previousRun, resolved } = work;
  const [first] = group;
  if (!first) return new Map();
  const profileHash = sha256Text(canonicalJson({ args: encodeArgs({ input: '', output: '', profile: first.encode, fps: resolved.fps }), master: master.sha256 }));
  const rel = (v: PlannedVariant): string => path.join(v.platform, `${target.id}.mp4`);
  const names = group.map((v) => v.platform).join(', ');
  const old = group.map((v) => previousRun?.platforms[v.platform]);
  const intact = await Promise.all(old.map((o) => isIntact(outDir, o?.video)));
  if (!work.force && old.every((o, i) => o?.profileHash === profileHash && intact[i])) {
    work.report.line(`  ${names}   up to date`);
    return new Map(group.map((v, i) => [v.platform, { video: old[i]!.video, probe: old[i]!.probe, profileHash }]));
  }
  let summary: MediaSummary | undefined;
  await writeAtomically(path.join(outDir, rel(first)), async (temp) => {
    await encodeVariant({ input: path.join(outDir, MASTERS_DIR, `${target.id}.mp4`), output: temp, profile: first.encode, fps: resolved.fps });
    summary = await probeMedia(temp);
    const layout = mp4Layout(temp);
    for (const v of group) {
      const issues = specIssues({ summary, layout, limits: v.limits, encode: v.encode, expectedSeconds: work.planned.durationInSeconds, fps: resolved.fps });
      if (issues.length > 0) throw CliffhangerError.plain(rel(v), `does not meet ${v.limits.name}'s upload spec: ${issues.join('; ')}`, 'This is a bug in cliffhanger: please report it with this message');
    }
  });
  for (const v of group.slice(1)) await copyAtomically(path.join(outDir, rel(first)), path.join(outDir, rel(v)));
  const video = await fileEntry(outDir, rel(first));
  const s = summary!;
  const probe = { durationInSeconds: s.durationSeconds, videoKbps: Math.round(s.video?.kbps ?? 0), audioKbps: Math.round(s.audio?.kbps ?? 0), gopFrames: first.encode.gopFrames };
  work.report.line(`  ${names}   encoded (${(video.bytes / 1_000_000).toFixed(1)} MB, ${probe.videoKbps} kbps video)`);
  return new Map(group.map((v) => [v.platform, { video: entryAt(video, rel(v)), probe, profileHash }]));
};

/** Makes (or keeps) every file of one episode and returns its manifest entry. */
export const publishEpisode = async (work: EpisodeWork): Promise<ManifestEpisode> => {
  const { outDir, target, planned, resolved } = work;
  work.report.line(`${target.id}  ${planned.title}`);
  const { master, cover } = await makeMaster(work);
  const videos = new Map<Platform, { video: FileEntry; probe: ManifestVariant['probe']; profileHash: string }>();
  for (const group of byProfile(planned.variants)) for (const [p, v] of await makeVideos({ work, group, master })) videos.set(p, v);
  const platforms: ManifestEpisode['platforms'] = {};
  for (const variant of planned.variants) {
    const made = videos.get(variant.platform)!;
    const coverRel = path.join(variant.platform, `${target.id}.cover.jpg`);
    if (!(await isIntact(outDir, entryAt(cover, coverRel)))) await copyAtomically(path.join(outDir, cover.path), path.join(outDir, coverRel));
    if (variant.limits.coverMaxBytes !== null && cover.bytes > variant.limits.coverMaxBytes) {
      throw CliffhangerError.plain(coverRel, `is ${cover.bytes} bytes, over ${variant.limits.name}'s ${variant.limits.coverMaxBytes} bytes for a cover`, 'This is a bug in cliffhanger: please report it with this message');
    }
    const sidecars: FileEntry[] = [];
    for (const format of variant.limits.sidecars) {
      const rel = path.join(variant.platform, `${target.id}.${format}`);
      if (await writeTextIfChanged(path.join(outDir, rel), subtitleSidecar({ resolved, format, publicDir: work.publicDir, episodeFile: target.file }))) work.report.line(`  ${variant.platform}   wrote ${path.basename(rel)}`);
      sidecars.push(await fileEntry(outDir, rel));
    }
    platforms[variant.platform] = { ...variant.post, hashtags: [...variant.post.hashtags], profileHash: made.profileHash, video: made.video, cover: entryAt(cover, coverRel), sidecars, probe: made.probe };
  }
  return { id: target.id, number: planned.number, title: planned.title, durationInSeconds: planned.durationInSeconds, previous: planned.previous, next: planned.next, inputHash: work.inputHash, master, cover, platforms };
};
