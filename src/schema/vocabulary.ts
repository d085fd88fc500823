/** Closed vocabularies of the data model: each array feeds a `z.enum`, each type derives from its array. */

/** The four jobs a beat can do in an episode (the craft guide's episode structure). */
export const STORY_ROLES = ['hook', 'escalation', 'reveal', 'cliffhanger'] as const;
export type StoryRole = (typeof STORY_ROLES)[number];

/** Shot sizes and framings that read on a vertical phone screen. */
export const SHOT_TYPES = [
  'extreme-close-up',
  'close-up',
  'medium',
  'two-shot',
  'over-the-shoulder',
  'wide',
  'insert',
  'pov',
] as const;
export type ShotType = (typeof SHOT_TYPES)[number];

/** Framings a dialogue beat may use. */
export const DIALOGUE_SHOT_TYPES = ['two-shot', 'close-up', 'over-the-shoulder'] as const;
export type DialogueShotType = (typeof DIALOGUE_SHOT_TYPES)[number];

/** Camera movements; the animatic imitates each one. */
export const CAMERA_MOVES = ['static', 'push-in', 'pull-out', 'pan-left', 'pan-right', 'handheld'] as const;
export type CameraMove = (typeof CAMERA_MOVES)[number];

/** Beat types, each drawn by its own component. */
export const BEAT_TYPES = ['hook', 'dialogue', 'reaction', 'insert', 'cliffhanger'] as const;
export type BeatType = (typeof BEAT_TYPES)[number];

/** In-universe inserts drawn entirely in code. */
export const INSERT_KINDS = ['chat', 'notification', 'missed-call', 'document', 'photo', 'email'] as const;
export type InsertKind = (typeof INSERT_KINDS)[number];

/** Platforms a series can target. */
export const PLATFORMS = ['tiktok', 'reels', 'shorts', 'facebook-reels', 'snapchat-spotlight'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Which safe zones to respect: organic posts, or ad placements (which cover far more at the bottom). */
export const SAFE_ZONE_VARIANTS = ['organic', 'ads'] as const;
export type SafeZoneVariant = (typeof SAFE_ZONE_VARIANTS)[number];

/** Kinds of cliffhanger; a series should vary them. */
export const CLIFFHANGER_TYPES = ['threat', 'reveal', 'arrival', 'decision', 'question', 'danger', 'betrayal'] as const;
export type CliffhangerType = (typeof CLIFFHANGER_TYPES)[number];

/** How a beat enters. Transitions play inside the incoming beat, so beats never overlap. */
export const TRANSITIONS = ['cut', 'fade', 'flash', 'whip'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** Places of a plot point in the series arc. */
export const ARC_STAGES = ['setup', 'twist', 'climax', 'resolution'] as const;
export type ArcStage = (typeof ARC_STAGES)[number];

/** Hair shapes the animatic stand-in can draw. */
export const HAIR_STYLES = ['short', 'shoulder', 'long', 'bun', 'buzz', 'bald'] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];

/** Font families shipped with the project (no font is fetched at render time). */
export const FONT_FAMILIES = ['Inter', 'Anton', 'Playfair Display'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

/** How loudly a lint finding is reported: an error fails `cliffhanger lint`, a warning does not. */
export const LINT_SEVERITIES = ['warning', 'error'] as const;
export type LintSeverity = (typeof LINT_SEVERITIES)[number];

/** What a series may set a lint rule to: a severity, or off. */
export const LINT_LEVELS = ['off', ...LINT_SEVERITIES] as const;
export type LintLevel = (typeof LINT_LEVELS)[number];
