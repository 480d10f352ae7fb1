import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { ROUTES } from "#api/routes";
import { HttpProblem } from "#shared/problem";
import { checkBodyReaders, parseRequest } from "#shared/request";

function event(parts: Partial<APIGatewayProxyEventV2>): APIGatewayProxyEventV2 {
  return { headers: { "content-type": "application/json" }, ...parts } as APIGatewayProxyEventV2;
}

function problemOf(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    if (error instanceof HttpProblem)
      return { status: error.status, fields: error.errors?.map((e) => e.field) };
  }
  throw new Error("expected a problem");
}

describe("parseRequest, the input apiHandler hands over", () => {
  it("hands over the schemas' output: defaults, transforms, and {} for what is not declared", () => {
    const input = parseRequest(ROUTES.listMyCases, event({ queryStringParameters: { status: "open" } }));

    expect(input).toEqual({ path: {}, query: { status: "open", limit: 20 }, body: {}, headers: {} });
    expect(parseRequest(ROUTES.getHolidaySchedule, event({ pathParameters: { year: "2027" } })).path).toEqual(
      {
        year: 2027,
      },
    );
  });

  it("hands over the headers a route declares, by lower-case name, and names a bad one header.x", () => {
    const number = { number: "00000042" };
    const headers = (value: string) =>
      event({
        pathParameters: number,
        headers: { "content-type": "application/json", "If-Match": value },
        body: JSON.stringify({ message: "hi" }),
      });

    expect(parseRequest(ROUTES.replyToCase, headers('"7"')).headers).toEqual({ "if-match": 7 });
    expect(parseRequest(ROUTES.replyToCase, headers("*")).headers).toEqual({ "if-match": undefined });
    expect(problemOf(() => parseRequest(ROUTES.replyToCase, headers("7")))).toEqual({
      status: 400,
      fields: ["header.if-match"],
    });
  });

  it("refuses the path before anything else, its fields named path.x", () => {
    const bad = event({ pathParameters: { number: "12" }, body: "not json" });

    expect(problemOf(() => parseRequest(ROUTES.replyToCase, bad))).toEqual({
      status: 400,
      fields: ["path.number"],
    });
  });

  it("reads a declared non-JSON media type with the handler's reader, and refuses undeclared ones", () => {
    const csv = event({ headers: { "content-type": "text/csv; charset=utf-8" }, body: "a,b\n1,2" });
    const readers = { "text/csv": (text: string) => ({ licenses: text.split("\n") }) };

    expect(parseRequest(ROUTES.importLicenses, csv, readers).body).toEqual({ licenses: ["a,b", "1,2"] });
    expect(problemOf(() => parseRequest(ROUTES.openCase, csv)).status).toBe(415);
  });

  it("fails at cold start when a route's media types and the handler's readers disagree", () => {
    expect(() => checkBodyReaders(ROUTES.importLicenses, {})).toThrow(/missing \[text\/csv\]/);
    expect(() => checkBodyReaders(ROUTES.openCase, { "text/csv": () => ({}) })).toThrow(
      /unused \[text\/csv\]/,
    );
  });
});
