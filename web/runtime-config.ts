import { LANGUAGES, type Language } from "#domain/language";
import { SELF_SERVICE, type SelfService } from "#domain/self-service";

/**
 * What the portal learns at run time rather than at build time: written as `config.json` beside
 * index.html by the deployment (CDK in AWS, `npm start` locally), fetched once before the first
 * page. One build serves every deployment.
 */
export interface RuntimeConfig {
  /** Where the API is, on the portal's own origin (no CORS preflight). */
  apiBase: string;
  languages: readonly Language[];
  /** Where each self-service option lives; the wizard links them when technical help is refused. */
  selfServiceUrls: Record<SelfService, string>;
}

export const RUNTIME_CONFIG_FILE = "config.json";

/** Placeholders until a deployment names its own (cdk.json context `selfServiceUrls`). */
export const DEFAULT_SELF_SERVICE_URLS: Record<SelfService, string> = {
  forum: "https://community.example.com/",
  "knowledge-base": "https://support.example.com/kb/",
  "user-guides": "https://docs.example.com/",
  "product-selection-wizard": "https://www.example.com/products/choose",
  "licensing-faq": "https://www.example.com/licensing/faq",
};

/** The configuration of one deployment; settings it leaves out keep their defaults. */
export function runtimeConfig(
  settings: { apiBase?: string; selfServiceUrls?: Partial<Record<SelfService, string>> } = {},
): RuntimeConfig {
  const selfServiceUrls = { ...DEFAULT_SELF_SERVICE_URLS, ...settings.selfServiceUrls };
  for (const option of SELF_SERVICE) {
    const url = selfServiceUrls[option];
    if (!/^https:\/\/[^\s]+$/.test(url))
      throw new Error(`selfServiceUrls.${option} must be an https URL, not ${url}`);
  }
  return { apiBase: settings.apiBase ?? "/api", languages: LANGUAGES, selfServiceUrls };
}
