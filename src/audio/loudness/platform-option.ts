import { InvalidArgumentError } from 'commander';
import { PLATFORMS, type Platform } from '../../schema';
import { didYouMean } from '../../errors';

/** Parses `--platform`, with commander's error and a suggestion on anything else. */
export const platformOption = (value: string): Platform => {
  if ((PLATFORMS as readonly string[]).includes(value)) return value as Platform;
  const hint = didYouMean(value, PLATFORMS);
  throw new InvalidArgumentError(`must be one of ${PLATFORMS.join(', ')}, but got "${value}".${hint ? ` ${hint}` : ''}`);
};
