import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSerial, SERIAL_FORMATS, type SerialFormat } from "#domain/serial";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".split("");

const serialOf = (format: SerialFormat) => {
  const { groups, groupLength } = SERIAL_FORMATS[format];
  const group = fc.array(fc.constantFrom(...ALPHANUMERIC), {
    minLength: groupLength,
    maxLength: groupLength,
  });
  return fc
    .array(group, { minLength: groups, maxLength: groups })
    .map((gs) => gs.map((g) => g.join("")).join("-"));
};

const anySerial = fc
  .constantFrom<SerialFormat>("5x5", "8x8")
  .chain((format) => serialOf(format).map((s) => ({ format, s })));

describe("serial numbers", () => {
  it("accepts both handbook examples", () => {
    expect(parseSerial("AAA11-BB22B-C33CC-44DDD-5EEEE")).toEqual({
      ok: true,
      serial: "AAA11-BB22B-C33CC-44DDD-5EEEE",
      format: "5x5",
    });
    expect(
      parseSerial("AAAAAA11-BBBBBB22-CCCC33CC-DDD44DDD-EE55EEEE-F66FFFFF-77GGGGGG-8HHHHHH8"),
    ).toMatchObject({
      ok: true,
      format: "8x8",
    });
  });

  it("normalises any well-formed serial to upper case without surrounding spaces, recognising its format", () => {
    fc.assert(
      fc.property(anySerial, fc.string({ unit: fc.constantFrom(" ", "\t") }), ({ format, s }, pad) => {
        const parsed = parseSerial(`${pad}${s}${pad}`);
        expect(parsed).toEqual({ ok: true, serial: s.toUpperCase(), format });
      }),
    );
  });

  it("is idempotent: a normalised serial parses to itself", () => {
    fc.assert(
      fc.property(anySerial, ({ s }) => {
        const once = parseSerial(s);
        expect(once.ok && parseSerial(once.serial)).toEqual(once);
      }),
    );
  });

  it("refuses a serial with one group too short, too long, missing or extra", () => {
    fc.assert(
      fc.property(
        anySerial,
        fc.nat(),
        fc.constantFrom("shorten", "lengthen", "drop", "add"),
        ({ s }, pick, change) => {
          const groups = s.split("-");
          const i = pick % groups.length;
          if (change === "shorten") groups[i] = groups[i]!.slice(1);
          if (change === "lengthen") groups[i] = `${groups[i]}A`;
          if (change === "drop") groups.splice(i, 1);
          if (change === "add") groups.splice(i, 0, groups[i]!);
          expect(parseSerial(groups.join("-")).ok).toBe(false);
        },
      ),
    );
  });

  it("refuses a serial with any character that is not a letter or digit", () => {
    fc.assert(
      fc.property(anySerial, fc.nat(), fc.constantFrom("!", "_", " ", "é", "０", "."), ({ s }, pick, bad) => {
        const positions = [...s].flatMap((c, i) => (c === "-" ? [] : [i]));
        const at = positions[pick % positions.length]!;
        expect(parseSerial(s.slice(0, at) + bad + s.slice(at + 1)).ok).toBe(false);
      }),
    );
  });
});
