import { defineEpisode } from '../../src/schema';

/** Episode 1: the discovery. */
export const e01 = defineEpisode({
  series: 'the-stolen-design',
  number: 1,
  title: 'Her Design, His Name',
  purpose: 'Maya learns that Victor is presenting her Lumen design as his own, and Victor learns that she knows.',
  packaging: { conflict: 'He stole her design. She has proof.' },
  beats: [
    {
      type: 'hook',
      id: 'the-slide',
      shot: {
        type: 'medium',
        description: 'Maya freezes in the doorway: her design fills the screen under Victor’s name.',
        setting: 'glass-walled conference room, Monday 9 a.m.',
        lighting: 'cool overhead fluorescents, projector glow on her face',
        camera: 'push-in',
      },
      characters: ['maya'],
      overlay: 'That’s MY design.',
      // Footage named explicitly: a 16:9 clip, cropped to the vertical frame around the slide and the silhouette.
      media: { src: 'the-stolen-design/footage/projector.mp4', trimStartInSeconds: 1, focalPoint: { x: 0.64, y: 0.45 } },
    },
    {
      type: 'dialogue',
      id: 'victor-presents',
      shot: {
        type: 'two-shot',
        description: 'Victor at the screen, clicker in hand; Maya at the back of the room.',
        setting: 'conference room',
        camera: 'static',
      },
      characters: ['victor', 'maya'],
      dialogue: [
        { speaker: 'victor', text: 'Lumen. A brand that glows. I sketched it over the weekend.', caption: { splitAfter: ['glows.'] } },
        { speaker: 'maya', text: 'Over the weekend?', parenthetical: 'under her breath', caption: { emphasis: 'weekend?' } },
      ],
    },
    {
      type: 'reaction',
      id: 'maya-shock',
      shot: { description: 'Maya’s face as the room applauds.', camera: 'push-in' },
      characters: ['maya'],
      character: 'maya',
      emotion: 'confusion hardening into shock',
    },
    {
      type: 'dialogue',
      id: 'launch-friday',
      shot: {
        type: 'over-the-shoulder',
        description: 'Over Maya’s shoulder: Victor turns to her with a smile.',
        camera: 'handheld',
      },
      characters: ['maya', 'victor'],
      dialogue: [
        { speaker: 'victor', text: 'The board loves it. We launch on Friday.' },
        { speaker: 'victor', text: 'Maya, get my files print-ready by tonight.' },
      ],
      transition: 'cut',
    },
    {
      type: 'insert',
      id: 'jun-texts',
      role: 'escalation',
      shot: { description: 'Maya’s phone buzzes under the table: Jun is typing.' },
      characters: ['maya', 'jun'],
      insert: {
        kind: 'chat',
        contact: 'Jun',
        messages: [
          { from: 'them', text: 'are you seeing this??' },
          { from: 'them', text: 'that’s YOUR Lumen concept' },
          { from: 'me', text: 'he put his name on it' },
          { from: 'them', text: 'check the version history. now.' },
        ],
      },
    },
    {
      type: 'insert',
      id: 'version-history',
      role: 'reveal',
      shot: { description: 'The design file’s version history on her phone.' },
      characters: ['maya'],
      insert: {
        kind: 'document',
        title: 'Lumen_brand_v7 — Version history',
        lines: [
          'v1  Created by Maya Chen · Mar 3, 11:48 PM',
          'v4  Edited by Maya Chen · Mar 5, 2:15 AM',
          'v7  Owner changed to Victor Hale · Mar 9, 7:02 AM',
          'v7  Renamed “Hale_Lumen_FINAL”',
        ],
        highlightLine: 2,
      },
      transition: 'flash',
    },
    {
      type: 'reaction',
      id: 'victor-notices',
      shot: { description: 'Victor catches her staring at her phone; his smile thins.', camera: 'push-in' },
      characters: ['victor'],
      character: 'victor',
      emotion: 'amusement cooling into suspicion',
    },
    {
      type: 'dialogue',
      id: 'on-your-mind',
      shot: { type: 'close-up', description: 'Victor, then Maya, in tight singles.', camera: 'static' },
      characters: ['victor', 'maya'],
      dialogue: [
        { speaker: 'victor', text: 'Something on your mind, Maya?' },
        { speaker: 'maya', text: 'No. Just admiring your work.' },
      ],
    },
    {
      type: 'cliffhanger',
      id: 'stay-quiet',
      shot: {
        type: 'close-up',
        description: 'Victor leans in close enough that only she can hear.',
        lighting: 'projector light cutting across half his face',
        camera: 'push-in',
      },
      characters: ['victor', 'maya'],
      dialogue: [{ speaker: 'victor', text: 'Good. Then you’ll stay quiet.', parenthetical: 'low' }],
      cliffhangerType: 'threat',
      card: { text: 'To be continued', teaser: 'She has proof. He has a plan.' },
    },
  ],
});
