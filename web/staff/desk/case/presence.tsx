import { useEffect, useState } from "preact/hooks";
import type { components } from "../../../../client/openapi";
import { api, call } from "../../../api";
import { formatDateTime } from "../../../format";
import { useLanguage, useStrings } from "../../../i18n";
import { deskCaseStrings } from "./desk-case-strings";

type Viewer = components["schemas"]["CasePresence"]["viewers"][number];

/** How often the page looks who else is here, between its heartbeats (reading is cheap). */
const LOOK_SECONDS = 5;

/**
 * Marks the case as open by the signed-in agent (a heartbeat every `refreshSeconds`, as the API
 * asks), looks who else has it open in between, and takes the mark away on leaving the page.
 */
export function usePresence(number: string): Viewer[] {
  const [viewers, setViewers] = useState<Viewer[]>([]);
  useEffect(() => {
    const path = { params: { path: { number } } };
    let heartbeat: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    async function mark() {
      const answer = await call(api.PUT("/cases/{number}/presence", path));
      if (stopped) return;
      if (answer.ok) setViewers(answer.data.viewers);
      heartbeat = setTimeout(mark, (answer.ok ? answer.data.refreshSeconds : 20) * 1000);
    }
    async function look() {
      const answer = await call(api.GET("/cases/{number}/presence", path));
      if (!stopped && answer.ok) setViewers(answer.data.viewers);
    }
    const looking = setInterval(look, LOOK_SECONDS * 1000);
    const leave = () => void api.DELETE("/cases/{number}/presence", { ...path, keepalive: true });
    void mark();
    addEventListener("pagehide", leave);
    return () => {
      stopped = true;
      clearTimeout(heartbeat);
      clearInterval(looking);
      removeEventListener("pagehide", leave);
      leave();
    };
  }, [number]);
  return viewers;
}

/** "Also viewing: Kim Lee (kim@…)": the other staff on the case, announced when it changes. */
export function AlsoViewing(props: { viewers: Viewer[] }) {
  const t = useStrings(deskCaseStrings);
  const { language } = useLanguage();
  return (
    <div class="also-viewing" role="status">
      {props.viewers.length ? (
        <p>
          <strong>{t.alsoViewing}</strong>{" "}
          {props.viewers.map((viewer, index) => (
            <span key={viewer.userId} class="viewer">
              {index > 0 ? ", " : null}
              {t.viewer(viewer.name ?? viewer.email, viewer.email)}{" "}
              <span class="hint">{t.viewerSince(formatDateTime(viewer.since, language))}</span>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
