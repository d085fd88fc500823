import { defineSeries } from '../../src/schema';

/** The series bible of the demo: the craft guide's example premise, arc and characters. */
export const series = defineSeries({
  id: 'the-stolen-design',
  title: 'The Stolen Design',
  premise:
    'A junior designer discovers that her powerful boss is stealing her ideas and decides to expose him before he takes credit for her biggest launch.',
  arc: [
    { stage: 'setup', summary: 'Maya sees her Lumen concept presented under Victor’s name.' },
    { stage: 'twist', summary: 'She finds proof on his desk and learns Jun moved her files for him.' },
    { stage: 'twist', summary: 'Victor threatens to end her career unless she resigns quietly.' },
    { stage: 'twist', summary: 'Maya plans to swap the launch deck for her original files, live.' },
    { stage: 'climax', summary: 'At the launch the plan almost fails when Jun hesitates.' },
    { stage: 'resolution', summary: 'The version history goes up on the big screen and the truth is exposed.' },
  ],
  characters: [
    {
      id: 'maya',
      name: 'Maya Chen',
      age: 24,
      role: 'protagonist',
      look: { hair: 'shoulder-length dark hair', face: 'sharp dark eyes, small gold earrings', build: 'slight, quick' },
      wardrobe: 'white button-down shirt, beige blazer',
      personality: 'nervous but determined; observant; grows more confident as she uncovers the truth',
      voice: 'soft, quick, steadier as the series goes on',
      color: '#5eead4',
      standIn: { skin: '#d6a77f', hair: '#1b1412', hairStyle: 'shoulder', outfit: '#ece6da' },
      scratchVoice: { voice: 'en-us+f3', pitch: 62, wordsPerMinute: 175 },
    },
    {
      id: 'victor',
      name: 'Victor Hale',
      age: 48,
      role: 'antagonist, creative director',
      look: { hair: 'silver swept-back hair', face: 'close-trimmed grey beard, cold pale eyes', build: 'tall, broad-shouldered' },
      wardrobe: 'charcoal three-piece suit, no tie, steel watch',
      personality: 'charming in public, ruthless in private; never raises his voice',
      voice: 'low, slow, amused',
      color: '#fbbf24',
      standIn: { skin: '#e0b394', hair: '#b9b6b0', hairStyle: 'short', outfit: '#2f3138' },
      scratchVoice: { voice: 'en-us+m3', pitch: 28, wordsPerMinute: 140 },
    },
    {
      id: 'jun',
      name: 'Jun Park',
      age: 29,
      role: 'coworker, ally with divided loyalties',
      look: { hair: 'short black hair, undercut', face: 'round glasses, tired eyes', build: 'lean' },
      wardrobe: 'olive overshirt over a grey tee, lanyard',
      personality: 'warm, conflict-averse, keeps backups of everything',
      voice: 'gentle, hesitant, drops to a whisper under pressure',
      color: '#c4b5fd',
      standIn: { skin: '#caa07a', hair: '#121212', hairStyle: 'buzz', outfit: '#55603f' },
      scratchVoice: { voice: 'en-us+m1', pitch: 48, wordsPerMinute: 160 },
    },
  ],
  platforms: ['tiktok', 'reels', 'shorts'],
  // The music bed is dropped in at public/the-stolen-design/music.m4a; these settings shape it under every episode.
  sound: { music: { volumeDb: -15, duck: { depthDb: 14, attackSeconds: 0.3, releaseSeconds: 0.8 } } },
  packaging: { recap: { enabled: true } },
  publish: { hashtags: ['#microdrama', '#thestolendesign', '#officedrama', '#minidrama'] },
  style: {
    fonts: { display: 'Anton', body: 'Inter' },
    palette: { background: '#0b0d12', surface: '#171b24', text: '#f5f1ea', accent: '#e63946', muted: '#8a8f9c' },
    // Bold white Inter, the spoken word in the speaker's colour, the word a reveal turns on in the accent red.
    captions: { font: 'Inter', maxFontPx: 84, position: 'bottom', animation: 'pop', pageMs: 2000 },
  },
});
