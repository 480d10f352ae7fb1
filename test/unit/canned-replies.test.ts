import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CANNED_PLACEHOLDERS,
  type CannedFacts,
  fillCannedReply,
  placeholdersIn,
  unknownPlaceholders,
} from "#domain/canned-replies";

const placeholder = fc.constantFrom(...CANNED_PLACEHOLDERS);
/** Text with no braces at all: what surrounds the placeholders. */
const plain = fc.string({ maxLength: 20 }).map((text) => text.replace(/[{}]/g, ""));
/** Any fact, braces and lookalike placeholders included. */
const fact = fc.oneof(
  fc.string(),
  placeholder.map((name) => `{{${name}}}`),
);
const facts = fc.record(
  { customerName: fact, caseNumber: fact, agentName: fact },
  { requiredKeys: [] },
) as fc.Arbitrary<CannedFacts>;

/** A template as parts: plain text and placeholders in turn. */
const template = fc.array(fc.tuple(plain, placeholder, fc.constantFrom("", " ")), { maxLength: 6 });

describe("fillCannedReply", () => {
  it("fills the known placeholders with the case's facts", () => {
    expect(
      fillCannedReply("Dear {{customerName}}, about case {{ caseNumber }}: ... {{agentName}}", {
        customerName: "Li Wei",
        caseNumber: "00000042",
        agentName: "Sam",
      }),
    ).toBe("Dear Li Wei, about case 00000042: ... Sam");
  });

  it("replaces each placeholder by its fact exactly, in one pass, and leaves the rest of the text as it is", () => {
    fc.assert(
      fc.property(template, plain, facts, (parts, tail, known) => {
        const text = parts.map(([before, name, pad]) => `${before}{{${pad}${name}${pad}}}`).join("") + tail;
        const expected =
          parts.map(([before, name, pad]) => before + (known[name] ?? `{{${pad}${name}${pad}}}`)).join("") +
          tail;
        expect(fillCannedReply(text, known)).toBe(expected);
      }),
    );
  });

  it("changes nothing in a text without placeholders", () => {
    fc.assert(
      fc.property(plain, facts, (text, known) => {
        expect(fillCannedReply(text, known)).toBe(text);
      }),
    );
  });

  it("leaves unknown placeholders alone, and names them for the admin", () => {
    expect(fillCannedReply("Hi {{firstName}}", { customerName: "Li" })).toBe("Hi {{firstName}}");
    expect(unknownPlaceholders("{{customerName}} {{firstName}} {{ ticket }} {{firstName}}")).toEqual([
      "firstName",
      "ticket",
    ]);
    expect(placeholdersIn("{{caseNumber}} and {{ caseNumber }} then {{agentName}}")).toEqual([
      "caseNumber",
      "agentName",
    ]);
  });

  it("finds no unknown placeholder in any text made of known ones", () => {
    fc.assert(
      fc.property(template, (parts) => {
        const text = parts.map(([before, name, pad]) => `${before}{{${pad}${name}${pad}}}`).join("");
        expect(unknownPlaceholders(text)).toEqual([]);
      }),
    );
  });
});
