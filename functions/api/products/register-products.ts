import { parseSerial, serialLines } from "#domain/serial";
import type { RegistrationOutcome } from "#repositories/license-repository";
import { apiHandler } from "#shared/http";
import { registerProductsRoute } from "../routes/register-products";
import { setNotices } from "./product-notices";
import { licenses } from "./stores";

const MESSAGES = {
  registered: "Registered to your account.",
  "already-yours": "Already registered to your account.",
  "registered-to-another-account": "Registered to another account; contact customer service if it is yours.",
  unknown: "Not a serial number we issued; check it against your order.",
} as const;

/** The outcomes after which the serial is the caller's. */
const OWNED: ReadonlySet<RegistrationOutcome> = new Set(["registered", "already-yours"]);

/** With `notices: true` the serial is opted in to release notices (the registration page's checkbox). */
async function noticesOf(
  registration: { callerId: string; serial: string; outcome: RegistrationOutcome },
  optIn: boolean,
  now: string,
) {
  if (!optIn || !OWNED.has(registration.outcome)) return {};
  const license = await licenses.load(registration.serial);
  if (license?.ownerId !== registration.callerId) return {};
  return { notices: await setNotices({ ...license, ownerId: registration.callerId }, true, now) };
}

/**
 * One outcome per serial: partial success is normal (DOMAIN.md section 2). Each serial is
 * claimed in its own transaction, so the answer is exact even when accounts race.
 */
export const handler = apiHandler(
  registerProductsRoute,
  async ({ body: { serials, notices = false } }, caller) => {
    const now = new Date().toISOString();
    const results = [];
    for (const { text: line } of serialLines(serials)) {
      const parsed = parseSerial(line);
      if (!parsed.ok) {
        results.push({ input: line, outcome: "malformed", message: parsed.reason });
        continue;
      }
      const outcome = await licenses.register(caller.id, parsed.serial, now);
      results.push({
        input: line,
        serial: parsed.serial,
        outcome,
        message: MESSAGES[outcome],
        ...(await noticesOf({ callerId: caller.id, serial: parsed.serial, outcome }, notices, now)),
      });
    }
    const registered = results.filter((r) => r.outcome === "registered").length;
    return { status: 200, body: { registered, results } };
  },
);
