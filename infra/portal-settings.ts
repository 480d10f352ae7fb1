/** The stage that gets the portal's web ACL unless the context says otherwise. */
export const WAF_BY_DEFAULT_STAGE = "prod";

/** `-c portalWaf=…` when given, else on for prod only (a web ACL is billed monthly and per request). */
export function portalWafWanted(stage: string, given: boolean | undefined): boolean {
  return given ?? stage === WAF_BY_DEFAULT_STAGE;
}
