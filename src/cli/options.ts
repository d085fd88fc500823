import { InvalidArgumentError } from 'commander';

/** Parses a whole-number option, with commander's error on anything else. */
export const wholeNumber = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`must be a whole number, but got "${value}".`);
  return Number(value);
};

/** Help text of the argument most commands take. */
export const TARGET_HELP = 'episode id (the-stolen-design-e01), series id, or a .json job file';
