import { RUNTIME_CONFIG_FILE, type RuntimeConfig } from "./runtime-config";

/**
 * This deployment's runtime configuration, fetched before any module that imports it runs
 * (top-level await), so the API client and the screens read it synchronously.
 */
export const CONFIG: RuntimeConfig = await fetch(`/portal/${RUNTIME_CONFIG_FILE}`, {
  cache: "no-cache",
}).then((response) => {
  if (!response.ok) throw new Error(`the portal's ${RUNTIME_CONFIG_FILE} answered ${response.status}`);
  return response.json() as Promise<RuntimeConfig>;
});
