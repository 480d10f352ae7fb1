import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corsConfiguration, missingSignedHeaders } from "#infra/local/s3/rules";

/** What the local S3 decides where s3rver does not (infra/local/s3/rules.ts). */

describe("the local S3's rules", () => {
  it("finds the signed headers a presigned request lacks, host aside", () => {
    const query = { "X-Amz-SignedHeaders": "content-type;host;if-none-match" };
    expect(missingSignedHeaders(query, { "content-type": "text/plain" })).toEqual(["if-none-match"]);
    expect(missingSignedHeaders(query, { "content-type": "text/plain", "if-none-match": "*" })).toEqual([]);
    expect(missingSignedHeaders({}, {})).toEqual([]);
  });

  it("requires exactly the signed headers that are absent, whichever they are", () => {
    const name = fc.stringMatching(/^[a-z][a-z-]{0,15}$/).filter((n) => n !== "host");
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6 }),
        (signed, sent) => {
          const headers = Object.fromEntries(signed.filter((_, i) => sent[i]).map((n) => [n, "x"]));
          const query = { "X-Amz-SignedHeaders": ["host", ...signed].join(";") };
          expect(missingSignedHeaders(query, headers)).toEqual(signed.filter((_, i) => !sent[i]));
        },
      ),
    );
  });

  it("allows the portal's origins, escaped, to GET, HEAD and PUT with the headers uploads send", () => {
    const xml = corsConfiguration(["http://127.0.0.1:3000", "https://a&b<c>"]);
    expect(xml).toContain("<AllowedOrigin>http://127.0.0.1:3000</AllowedOrigin>");
    expect(xml).toContain("<AllowedOrigin>https://a&amp;b&lt;c&gt;</AllowedOrigin>");
    for (const method of ["GET", "HEAD", "PUT"])
      expect(xml).toContain(`<AllowedMethod>${method}</AllowedMethod>`);
    for (const header of ["content-type", "content-md5", "if-none-match"]) {
      expect(xml).toContain(`<AllowedHeader>${header}</AllowedHeader>`);
    }
    expect(xml).toContain("<ExposeHeader>ETag</ExposeHeader>");
  });
});
