import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareVersions, isSupportedVersion, isVersion, supportedVersions } from "#domain/product-versions";

// Small segments so that equal versions and ties come up often.
const version = fc.tuple(fc.nat(12), fc.nat(12)).map(([major, minor]) => `${major}.${minor}`);
const releases = fc.array(version, { maxLength: 8 });
const newest = (versions: string[]) => versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));

describe("product versions", () => {
  it("compares segments as numbers, so 12.10 is newer than 12.9", () => {
    expect(compareVersions("12.10", "12.9")).toBe(1);
    expect(compareVersions("9.0", "12.0")).toBe(-1);
    expect(compareVersions("12.1", "12.1")).toBe(0);
  });

  it("supports the current and the previous version, newest first, whatever the builds", () => {
    expect(supportedVersions(["11.0", "12.0", "12.1", "12.0", "12.1"])).toEqual(["12.1", "12.0"]);
    expect(isSupportedVersion("12.0", ["11.0", "12.0", "12.1"])).toBe(true);
    expect(isSupportedVersion("11.0", ["11.0", "12.0", "12.1"])).toBe(false);
  });

  it("supports a version newer than every release, as the catalog may lag behind", () => {
    expect(isSupportedVersion("13.0", ["11.0", "12.0"])).toBe(true);
  });

  it("decides the same from the supported versions alone as from every release (what intake keeps per product)", () => {
    fc.assert(
      fc.property(releases, version, (all, asked) => {
        const kept = supportedVersions(all);
        expect(supportedVersions(kept)).toEqual(kept);
        expect(isSupportedVersion(asked, kept)).toBe(isSupportedVersion(asked, all));
        // A newly published release updates the kept versions as it would the whole list.
        fc.pre(all.length > 0);
        const [published, ...before] = all as [string, ...string[]];
        expect(supportedVersions([...supportedVersions(before), published])).toEqual(kept);
      }),
    );
  });

  it("supports every version of a product with no releases yet", () => {
    expect(supportedVersions([])).toEqual([]);
    expect(isSupportedVersion("1.0", [])).toBe(true);
  });

  it("refuses malformed versions: not major.minor, or with leading zeros", () => {
    for (const bad of ["12", "12.1.3", "v12.1", "12.01", "", " 12.1"]) {
      expect(isVersion(bad), bad).toBe(false);
      expect(() => compareVersions(bad, "1.0"), bad).toThrow(RangeError);
      expect(() => supportedVersions([bad]), bad).toThrow(RangeError);
      expect(() => isSupportedVersion(bad, []), bad).toThrow(RangeError);
    }
  });

  it("orders versions consistently: antisymmetric and zero only for the same version", () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(compareVersions(a, b) + compareVersions(b, a)).toBe(0);
        expect(compareVersions(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it("supports at most two distinct versions, and they are the highest releases", () => {
    fc.assert(
      fc.property(releases, (rs) => {
        const supported = supportedVersions(rs);
        expect(supported.length).toBe(Math.min(2, new Set(rs).size));
        expect(new Set(supported).size).toBe(supported.length);
        for (const r of rs) {
          if (!supported.includes(r)) {
            for (const s of supported) expect(compareVersions(r, s)).toBeLessThan(0);
          }
        }
        if (supported.length > 0) expect(supported[0]).toBe(newest(rs));
      }),
    );
  });

  it("drops the oldest supported version when a newer one is released", () => {
    fc.assert(
      fc.property(
        releases.filter((rs) => rs.length > 0),
        (rs) => {
          const [major] = newest(rs).split(".");
          const next = `${Number(major) + 1}.0`;
          const [current] = supportedVersions(rs);
          expect(supportedVersions([...rs, next])).toEqual([next, current]);
        },
      ),
    );
  });

  it("does not depend on the order of the releases", () => {
    const permuted = releases.chain((rs) =>
      fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
    );
    fc.assert(
      fc.property(permuted, ([rs, shuffled]) => {
        expect(supportedVersions(shuffled)).toEqual(supportedVersions(rs));
      }),
    );
  });

  it("supports a released version exactly when it is one of the supported, and never an older one than a supported", () => {
    fc.assert(
      fc.property(releases, version, version, (rs, v, w) => {
        for (const r of rs) expect(isSupportedVersion(r, rs)).toBe(supportedVersions(rs).includes(r));
        if (isSupportedVersion(v, rs) && compareVersions(w, v) >= 0)
          expect(isSupportedVersion(w, rs)).toBe(true);
      }),
    );
  });
});
