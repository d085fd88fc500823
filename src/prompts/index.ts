export { compilePrompts, promptHash } from './compile-prompts';
export type { BeatPrompt, EpisodePrompts } from './compile-prompts';
export { describeCharacter } from './describe-character';
export { renderSlots } from './slots';
export type { PromptSource } from './slots';
export { selectTemplate, fillTemplate, BUILT_IN_TEMPLATE_TEXT } from './templates';
export { insertOnScreen } from './on-screen';
