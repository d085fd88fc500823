import { InvalidArgumentError } from 'commander';
import { didYouMean } from '../../errors';
import { PLATFORMS, SAFE_ZONE_VARIANTS, type Platform, type SafeZoneVariant } from '../../schema/vocabulary';

/** Parses `--platforms tiktok,reels`: each a known platform, with a suggestion for a misspelt one. */
export const platformsOption = (value: string): Platform[] =>
  value.split(',').map((part) => {
    const name = part.trim();
    if ((PLATFORMS as readonly string[]).includes(name)) return name as Platform;
    const hint = didYouMean(name, PLATFORMS);
    throw new InvalidArgumentError(`must list platforms from ${PLATFORMS.join(', ')}, but got "${name}".${hint ? ` ${hint}` : ''}`);
  });

/** Parses `--variant organic|ads`. */
export const variantOption = (value: string): SafeZoneVariant => {
  if ((SAFE_ZONE_VARIANTS as readonly string[]).includes(value)) return value as SafeZoneVariant;
  throw new InvalidArgumentError(`must be ${SAFE_ZONE_VARIANTS.map((v) => `"${v}"`).join(' or ')}, but got "${value}".`);
};
