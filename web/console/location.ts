import { useEffect, useState } from "preact/hooks";

/** The console's pages live under this prefix on the gateway (infra/local/gateway/web-files.ts). */
export const CONSOLE_BASE = "/console";

export type ConsolePage =
  | { page: "list"; query: URLSearchParams }
  | { page: "execution"; executionArn: string };

function currentPage(): ConsolePage {
  const query = new URLSearchParams(window.location.search);
  const arn = query.get("arn");
  return window.location.pathname === executionPath && arn
    ? { page: "execution", executionArn: arn }
    : { page: "list", query };
}

const executionPath = `${CONSOLE_BASE}/execution`;

/** The page of one execution, by its ARN (as the AWS console addresses it). */
export function executionHref(executionArn: string): string {
  return `${executionPath}?${new URLSearchParams({ arn: executionArn })}`;
}

/** The list, filtered. */
export function listHref(filters: { status?: string; case?: string } = {}): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
  return `${CONSOLE_BASE}/${query.size > 0 ? `?${query}` : ""}`;
}

export function go(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  dispatchEvent(new PopStateEvent("popstate"));
}

export function useConsolePage(): ConsolePage {
  const [page, setPage] = useState(currentPage);
  useEffect(() => {
    const update = () => setPage(currentPage());
    addEventListener("popstate", update);
    return () => removeEventListener("popstate", update);
  }, []);
  return page;
}

/** A plain click on a link changes the page without reloading; other clicks (new tab…) stay the browser's. */
export function followLink(event: MouseEvent, href: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go(href);
}
