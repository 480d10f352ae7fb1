import { parseSerial, serialLines } from "#domain/serial";
import { apiHandler } from "#shared/http";
import { ROUTES } from "../routes";
import { licenses } from "./stores";

const MESSAGES = {
  registered: "Registered to your account.",
  "already-yours": "Already registered to your account.",
  "registered-to-another-account": "Registered to another account; contact customer service if it is yours.",
  unknown: "Not a serial number we issued; check it against your order.",
} as const;

/**
 * One outcome per serial: partial success is normal (DOMAIN.md section 2). Each serial is
 * claimed in its own transaction, so the answer is exact even when accounts race.
 */
export const handler = apiHandler(ROUTES.registerProducts, async ({ body: { serials } }, caller) => {
  const now = new Date().toISOString();
  const results = [];
  for (const { text: line } of serialLines(serials)) {
    const parsed = parseSerial(line);
    if (!parsed.ok) {
      results.push({ input: line, outcome: "malformed", message: parsed.reason });
      continue;
    }
    const outcome = await licenses.register(caller.id, parsed.serial, now);
    results.push({ input: line, serial: parsed.serial, outcome, message: MESSAGES[outcome] });
  }
  const registered = results.filter((r) => r.outcome === "registered").length;
  return { status: 200, body: { registered, results } };
});
