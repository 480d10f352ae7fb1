/**
 * Canned replies: texts admins write once (in English and Chinese) and agents pick in the desk's
 * composer. `{{name}}` placeholders stand for facts of the case at hand; only these are known,
 * so a template never promises a fact the desk cannot fill.
 */
export const CANNED_PLACEHOLDERS = ["customerName", "caseNumber", "agentName"] as const;

export type CannedPlaceholder = (typeof CANNED_PLACEHOLDERS)[number];

export type CannedFacts = Partial<Record<CannedPlaceholder, string>>;

/** `{{ name }}`: a name of letters and digits between double braces, spaces allowed inside. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

const isKnown = (name: string): name is CannedPlaceholder =>
  (CANNED_PLACEHOLDERS as readonly string[]).includes(name);

/** The placeholder names a template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))];
}

/** The names a template uses that are no known placeholder (what an admin must fix). */
export function unknownPlaceholders(template: string): string[] {
  return placeholdersIn(template).filter((name) => !isKnown(name));
}

/**
 * The template with each known placeholder replaced by its fact, in one pass: a fact that itself
 * looks like a placeholder stays as written. A placeholder without a fact stays visible, so the
 * agent sees what is left to fill in before sending.
 */
export function fillCannedReply(template: string, facts: CannedFacts): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const fact = isKnown(name) ? facts[name] : undefined;
    return fact ?? whole;
  });
}
