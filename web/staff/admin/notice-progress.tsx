import { useEffect, useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { api, call } from "../../api";
import { useStrings } from "../../i18n";
import { releaseStrings } from "./releases-strings";

type Report = components["schemas"]["NoticeReport"];
type Release = Pick<components["schemas"]["PublishedRelease"], "productId" | "version" | "build">;

/** How often the page asks while the notices go out; the run itself paces the sends. */
const POLL_MS = 2000;

/** The release's notices as they go out: the run's state and its counts, read until it ends. */
export function NoticeProgress(props: { release: Release }) {
  const t = useStrings(releaseStrings);
  const [report, setReport] = useState<Report>();
  const [unreadable, setUnreadable] = useState(false);
  const { productId, version, build } = props.release;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    async function read() {
      const answer = await call(
        api.GET("/admin/releases/{productId}/{version}/{build}/notices", {
          params: { path: { productId, version, build: String(build) } },
        }),
      );
      if (stopped) return;
      setUnreadable(!answer.ok);
      if (answer.ok) setReport(answer.data);
      const done = answer.ok && (answer.data.status === "finished" || answer.data.status === "failed");
      if (!done) timer = setTimeout(read, POLL_MS);
    }
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [productId, version, build]);
  return (
    <section class="notice-progress" aria-labelledby="notice-progress-title">
      <h2 id="notice-progress-title">{t.noticesTitle}</h2>
      {report ? (
        <p role="status">
          <strong>{t.noticeStatus(report.status)}</strong>:{" "}
          {t.noticeCounts(report.sent, report.skipped, report.failed)}
        </p>
      ) : (
        <p role="status">…</p>
      )}
      {unreadable ? <p class="hint">{t.noticeUnknown}</p> : null}
    </section>
  );
}
