import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

/** Every page lives under this prefix; the API's paths stay free (the gateway serves both). */
export const BASE = "/portal";

export function href(path: string): string {
  return `${BASE}${path}`;
}

/** The page's path below BASE ("/sign-in") and its query. */
export function currentLocation(): { path: string; query: URLSearchParams } {
  const { pathname, search } = window.location;
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) || "/" : "/";
  return { path: path.replace(/\/$/, "") || "/", query: new URLSearchParams(search) };
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", href(path));
  else history.pushState(null, "", href(path));
  dispatchEvent(new PopStateEvent("popstate"));
}

export function useLocation() {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const update = () => setLocation(currentLocation());
    addEventListener("popstate", update);
    return () => removeEventListener("popstate", update);
  }, []);
  return location;
}

/** An ordinary link that changes the page without reloading the app. */
export function Link(props: { to: string; children: ComponentChildren; class?: string; current?: boolean }) {
  return (
    <a
      href={href(props.to)}
      class={props.class}
      aria-current={props.current ? "page" : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(props.to);
      }}
    >
      {props.children}
    </a>
  );
}
