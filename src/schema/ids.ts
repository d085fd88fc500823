import { z } from 'zod';

/** A lower-case slug used for series, character and beat ids (it ends up in composition ids and file names). */
export const slug = () =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "maya" or "the-stolen-design"');

/** Non-empty trimmed text. */
export const text = () => z.string().trim().min(1, 'must not be empty');
