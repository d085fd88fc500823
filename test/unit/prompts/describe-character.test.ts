import { describe, expect, it } from 'vitest';
import { describeCharacter } from '../../../src/prompts';
import { characterSchema } from '../../../src/schema';
import { MAYA } from '../../fixtures/production';

const maya = characterSchema.parse(MAYA);

describe('describeCharacter', () => {
  it('describes a character from the reference sheet in one fixed sentence', () => {
    expect(describeCharacter({ character: maya })).toBe(
      'Maya Chen, a 24-year-old junior designer with shoulder-length dark hair, small gold earrings, slight build, wearing white button-down shirt, beige blazer',
    );
  });
  it('uses the wardrobe of a continuity note instead of the sheet', () => {
    expect(describeCharacter({ character: maya, wardrobe: 'grey sweater' })).toBe(
      'Maya Chen, a 24-year-old junior designer with shoulder-length dark hair, small gold earrings, slight build, wearing grey sweater',
    );
  });
  it('writes "an" before ages said with a vowel sound (8, 11, 18, the eighties) and "a" before the rest', () => {
    const ages = [8, 11, 18, 80, 1, 7, 28, 81].map((age) => describeCharacter({ character: { ...maya, age } }).split(' junior')[0]);
    expect(ages).toEqual(['Maya Chen, an 8-year-old', 'Maya Chen, an 11-year-old', 'Maya Chen, an 18-year-old', 'Maya Chen, an 80-year-old', 'Maya Chen, a 1-year-old', 'Maya Chen, a 7-year-old', 'Maya Chen, a 28-year-old', 'Maya Chen, an 81-year-old']);
  });
  it('drops the full stop or comma a sheet field ends with', () => {
    const sheet = { ...maya, look: { ...maya.look, build: 'slight.' }, wardrobe: 'white shirt,' };
    expect(describeCharacter({ character: sheet })).toBe('Maya Chen, a 24-year-old junior designer with shoulder-length dark hair, small gold earrings, slight build, wearing white shirt');
  });
});
