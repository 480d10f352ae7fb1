/** Severity levels and what they mean (DOMAIN.md section 4), shown to customers as data. */
export const SEVERITIES = {
  A: "Backup system down or a critical function broken (backup or recovery, data loss, crash); business operations severely disrupted.",
  B: "A major product function does not work (deployment, validation, installation) but business operations are not affected.",
  C: "A product function is impaired but most operations continue (performance, compatibility, logging errors, undocumented behaviour).",
  D: "No functional impact: customer service, pre-sales, web site, usability, how-to and product information questions.",
} as const;

export type Severity = keyof typeof SEVERITIES;

export const SEVERITY_LEVELS = Object.keys(SEVERITIES) as [Severity, ...Severity[]];
