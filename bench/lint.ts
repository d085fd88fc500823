// `npm run bench:lint`: lints a generated 100-episode series (parsed once, resolved and linted each run) and prints the median.
import { performance } from 'node:perf_hooks';
import { lintSeries } from '../src/lint';
import { episodeJobSchema, seriesSchema, type BeatInput, type EpisodeInput, type SeriesInput } from '../src/schema';
import { resolveEpisode } from '../src/timeline';
import { series as demoSeries } from '../scenes/the-stolen-design/series';

// Tuning: 100 episodes is the top of platforms.md's 40–100 range; 21 runs give a stable median on a 2-core machine.
const EPISODES = 100;
const RUNS = 21;
const WARM_UP_RUNS = 3;
const CLIFFHANGER_TYPES = ['threat', 'arrival', 'betrayal', 'decision', 'question', 'danger', 'reveal'] as const;
const VERBS = ['finds', 'hides', 'forges', 'steals', 'leaks', 'burns', 'signs', 'deletes', 'sells', 'swaps'];
const THINGS = ['the contract', 'the sketches', 'a backup drive', 'the launch deck', 'a resignation letter', 'the version history', 'a voicemail', 'the board minutes', 'a badge log', 'the press release'];

const line = (speaker: string, text: string) => ({ speaker, text });

/** One episode of about 50 s: hook, seven middle beats, cliffhanger; purposes and endings vary with n. */
const episode = (n: number): EpisodeInput => {
  const thing = THINGS[n % THINGS.length] ?? '';
  const middle: BeatInput[] = [
    { type: 'dialogue', id: 'confront', shot: { description: 'Victor and Maya face off.' }, characters: ['maya', 'victor'], dialogue: [line('victor', `You think ${thing} changes anything?`), line('maya', 'It changes everything.')] },
    { type: 'reaction', id: 'maya-face', shot: { description: 'Maya holds his gaze.' }, characters: ['maya'], character: 'maya', emotion: 'fear hardening into resolve' },
    { type: 'insert', id: 'texts', role: 'escalation', shot: { description: 'Her phone buzzes.' }, characters: ['maya', 'jun'], insert: { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: `did you get ${thing}?` }, { from: 'me', text: 'not yet' }, { from: 'them', text: 'hurry. he knows.' }] } },
    { type: 'insert', id: 'proof', role: 'reveal', shot: { description: 'The evidence on screen.' }, characters: ['maya'], insert: { kind: 'document', title: `Exhibit ${n}`, lines: ['v1 Maya Chen', `v${n} Victor Hale`, 'Owner changed'], highlightLine: 1 } },
    { type: 'reaction', id: 'jun-face', shot: { description: 'Jun looks away.' }, characters: ['jun'], character: 'jun', emotion: 'guilt' },
    { type: 'dialogue', id: 'threat', shot: { type: 'two-shot', description: 'Victor corners her by the lift.' }, characters: ['maya', 'victor'], dialogue: [line('victor', 'Walk away now and I will forget tonight.'), line('maya', `Not without ${thing}.`), line('victor', 'Then you will lose more than a job.')] },
    { type: 'dialogue', id: 'plan', shot: { type: 'close-up', description: 'Maya whispers to Jun.' }, characters: ['maya', 'jun'], dialogue: [line('maya', `We use ${thing} at the launch.`), line('jun', 'If this fails, we are both finished.'), line('maya', 'Then it cannot fail.')] },
  ];
  return {
    series: demoSeries.id,
    number: n,
    title: `Part ${n}`,
    purpose: `Maya ${VERBS[n % VERBS.length] ?? ''} ${thing} in week ${n}, and Victor ${VERBS[(n * 3 + 1) % VERBS.length] ?? ''} ${THINGS[(n * 7 + 3) % THINGS.length] ?? ''}.`,
    beats: [
      { type: 'hook', id: 'hook', shot: { description: 'A door slams.' }, characters: ['maya'], overlay: `Day ${n}. No way out.` },
      ...middle,
      { type: 'cliffhanger', id: 'end', shot: { description: 'Victor in the doorway.' }, characters: ['victor'], dialogue: [line('victor', 'You were never supposed to see that.')], cliffhangerType: CLIFFHANGER_TYPES[n % CLIFFHANGER_TYPES.length] ?? 'threat' },
    ],
  };
};

const input: SeriesInput = demoSeries;
const series = seriesSchema.parse(input);
const jobs = Array.from({ length: EPISODES }, (_, i) => episodeJobSchema.parse({ series: input, episode: episode(i + 1) }));

const lintOnce = (): { ms: number; findings: number } => {
  const started = performance.now();
  const findings = lintSeries({ series, episodes: jobs.map((job) => resolveEpisode(job)) });
  return { ms: performance.now() - started, findings: findings.length };
};

for (let i = 0; i < WARM_UP_RUNS; i++) lintOnce();
const runs = Array.from({ length: RUNS }, lintOnce);
const times = runs.map((r) => r.ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const beatCount = jobs.reduce((sum, job) => sum + job.episode.beats.length, 0);
process.stdout.write(
  `lint: ${EPISODES} episodes (${beatCount} beats), resolve + ${RUNS} runs: median ${median.toFixed(1)} ms ` +
    `(min ${(times[0] ?? 0).toFixed(1)}, max ${(times[times.length - 1] ?? 0).toFixed(1)}); ${runs[0]?.findings ?? 0} findings\n`,
);
