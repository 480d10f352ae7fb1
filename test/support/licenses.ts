import { expect } from "vitest";
import { day } from "./fixtures";
import { api, type TestUser } from "./local";

export { day, license, newProductId, newSerial } from "./fixtures";

export async function importLicenses(admin: TestUser, licenses: Record<string, unknown>[]) {
  const answer = await api("POST", "/admin/licenses", { user: admin, json: { licenses } });
  expect(answer.status).toBe(200);
  return answer.body as {
    summary: Record<string, number>;
    rows: { row: number; outcome: string; serial?: string }[];
  };
}

export async function register(customer: TestUser, ...serials: string[]) {
  const answer = await api("POST", "/products/registrations", {
    user: customer,
    json: { serials: serials.join("\n") },
  });
  expect(answer.status).toBe(200);
  return (answer.body.results as { outcome: string; serial?: string }[]).map((r) => r.outcome);
}

export async function publishRelease(admin: TestUser, productId: string, version: string, build: number) {
  const answer = await api("POST", "/admin/releases", {
    user: admin,
    json: {
      productId,
      version,
      build,
      sizeBytes: 5,
      releasedOn: day(0),
      notes: `Build ${build}`,
      whatsNew: `Build ${build}: faster restores.`,
      knownIssues: "None known.",
      installationNotes: "Install over the previous build.",
      fileName: "setup.exe",
    },
  });
  expect(answer.status).toBe(201);
  return answer.body as { upload: { url: string } };
}

/** A technical case for `serial`; the answer says whether intake accepted it. */
export function openTechnicalCase(customer: TestUser, serial: string) {
  return api("POST", "/cases", {
    user: customer,
    json: {
      topic: "product-problem",
      serial,
      severity: "A",
      subject: "Restore fails",
      description: "Restore of last night's backup stops with E42.",
      preferredContact: "email",
      language: "en",
    },
  });
}
