import { randomBytes } from "node:crypto";
import { calendarDay } from "#domain/zone-clock";

/**
 * Request bodies and catalog rows the tests (and the benchmark) send. Nothing here knows which
 * stack it talks to, so private stacks and the bench can use it too.
 */

/** A case every customer may open: a licensing question needs no plan, whatever the serial. */
export const VALID_CASE = {
  topic: "licensing",
  serial: "AAA11-BB22B-C33CC-44DDD-5EEEE",
  severity: "B",
  subject: "Backup job fails at 80%",
  description: "Since Monday the nightly job stops with error E1234.",
  preferredContact: "email",
  language: "en",
} as const;

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
