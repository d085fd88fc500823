import type { Character } from '../schema';

/** Ages read with "an": an 8-, 11-, 18- or 80-something-year-old. */
const AN_AGES = /^(8|11|18)/;

/** Sheet text as a clause: trimmed, without the full stop or comma a writer may end it with. */
export const clause = (text: string): string => text.trim().replace(/[.,;:\s]+$/, '');

/**
 * The words that describe a character in every prompt of a series, from the reference sheet only:
 * "Maya Chen, a 24-year-old protagonist with shoulder-length dark hair, …, wearing …". A continuity
 * note may change the wardrobe from a beat on; nothing else varies.
 */
export const describeCharacter = ({ character, wardrobe }: { character: Character; wardrobe?: string }): string => {
  const { hair, face, build } = character.look;
  const article = AN_AGES.test(String(character.age)) ? 'an' : 'a';
  return `${clause(character.name)}, ${article} ${character.age}-year-old ${clause(character.role)} with ${clause(hair)}, ${clause(face)}, ${clause(build)} build, wearing ${clause(wardrobe ?? character.wardrobe)}`;
};
