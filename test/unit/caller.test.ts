import { describe, expect, it } from "vitest";
import { toWireClaims } from "#infra/local/gateway/server";
import { parseGroupsClaim } from "#shared/caller";

describe("claims as the HTTP API hands them over", () => {
  it("parses cognito:groups from its bracketed wire form", () => {
    expect(parseGroupsClaim("[agent admin]")).toEqual(["agent", "admin"]);
    expect(parseGroupsClaim("[customer]")).toEqual(["customer"]);
    expect(parseGroupsClaim("[]")).toEqual([]);
    expect(parseGroupsClaim(undefined)).toEqual([]);
  });

  it("ignores groups it does not know", () => {
    expect(parseGroupsClaim("[customer superuser]")).toEqual(["customer"]);
  });

  it("the local gateway produces exactly that wire form", () => {
    const wire = toWireClaims({ sub: "u1", "cognito:groups": ["agent", "admin"], exp: 1_900_000_000 });
    expect(wire).toEqual({ sub: "u1", "cognito:groups": "[agent admin]", exp: "1900000000" });
    expect(parseGroupsClaim(wire["cognito:groups"])).toEqual(["agent", "admin"]);
  });
});
