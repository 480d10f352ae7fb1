import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { calendarDay } from "#domain/language";
import { api, type TestUser } from "./local";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

function group(length: number): string {
  return [...randomBytes(length)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** A fresh serial of either format, so tests never collide in the shared catalog. */
export function newSerial(format: "5x5" | "8x8" = "5x5"): string {
  const [groups, length] = format === "5x5" ? [5, 5] : [8, 8];
  return Array.from({ length: groups }, () => group(length)).join("-");
}

/** A calendar day relative to today in the local stack's support time zone. */
export function day(offset: number): string {
  return calendarDay(new Date(Date.now() + offset * 86_400_000), "Asia/Shanghai");
}

export function newProductId(): string {
  return `backup-server-${group(6).toLowerCase()}`;
}

export function license(overrides: Record<string, unknown> = {}) {
  return {
    serial: newSerial(),
    productId: newProductId(),
    productName: "Acme Backup Server",
    edition: "Enterprise",
    language: "en",
    licenseCount: 10,
    productVersion: "12.1",
    plans: [{ plan: "advantage-premier", startsOn: day(-30), endsOn: day(335) }],
    incidentCredits: 0,
    ...overrides,
  };
}

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
