/**
 * Supported product versions (DOMAIN.md section 3): "only the current and the previous version of a
 * product are supported". A *version* here is the `major.minor` string of a release ("12.1"); builds
 * are fixes within a version and do not count. Versions compare numerically segment by segment, so
 * "12.10" is newer than "12.9". Leading zeros are refused so that equal versions are equal strings.
 */
export const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

const VERSION = VERSION_PATTERN;

export function isVersion(value: string): boolean {
  return VERSION.test(value);
}

function segments(version: string): [number, number] {
  const match = VERSION.exec(version);
  if (!match) throw new RangeError(`expected a major.minor version such as "12.1", got "${version}"`);
  return [Number(match[1]), Number(match[2])];
}

/** Negative if a is older than b, 0 if equal, positive if newer. Throws on a malformed version. */
export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = segments(a);
  const [bMajor, bMinor] = segments(b);
  return Math.sign(aMajor - bMajor || aMinor - bMinor);
}

/** The current and the previous version among a product's releases, newest first. */
export function supportedVersions(releaseVersions: readonly string[]): string[] {
  for (const version of releaseVersions) segments(version);
  return [...new Set(releaseVersions)].sort((a, b) => compareVersions(b, a)).slice(0, 2);
}

/**
 * A version is supported when it is at least the previous version. A version newer than every
 * release (the catalog lags behind a build the customer already has) is therefore supported too.
 * A product with no releases yet has nothing newer to move to, so no version of it is outdated.
 */
export function isSupportedVersion(version: string, releaseVersions: readonly string[]): boolean {
  const oldestSupported = supportedVersions(releaseVersions).at(-1);
  if (oldestSupported === undefined) {
    segments(version);
    return true;
  }
  return compareVersions(version, oldestSupported) >= 0;
}
