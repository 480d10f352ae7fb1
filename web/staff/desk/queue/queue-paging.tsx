import { useStrings } from "../../../i18n";
import { navigate } from "../../../router";
import { type QueueFilters, queuePath } from "./filters";
import { queueStrings } from "./strings";

/** Which page came before each page this session (the API's cursors go forward only). */
const previousPages = new Map<string, string>();

/** Previous and next page; after a reload the way back is the first page. */
export function QueuePaging(props: { filters: QueueFilters; nextCursor: string | undefined }) {
  const t = useStrings(queueStrings);
  const here = queuePath(props.filters);
  const { cursor, ...first } = props.filters;
  const previous = previousPages.get(here);
  if (!cursor && !props.nextCursor) return null;
  return (
    <nav class="actions paging" aria-label={t.paging}>
      {cursor ? (
        <button type="button" onClick={() => navigate(previous ?? queuePath(first))}>
          {previous ? t.previous : t.firstPage}
        </button>
      ) : null}
      {props.nextCursor ? (
        <button
          type="button"
          onClick={() => {
            const next = queuePath({ ...props.filters, cursor: props.nextCursor });
            previousPages.set(next, here);
            navigate(next);
          }}
        >
          {t.next}
        </button>
      ) : null}
    </nav>
  );
}
