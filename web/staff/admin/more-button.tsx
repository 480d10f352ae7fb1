import { FormStatus } from "../../components/form-status";
import type { Pages } from "./use-pages";

/** "Show more" under a paged list, while there is a next page; a failed page says so beside it. */
export function MoreButton<T>(props: { pages: Pages<T>; label: string; loading: string }) {
  const { pages } = props;
  if (!pages.first?.ok || !pages.hasMore) return null;
  return (
    <div class="stack">
      <FormStatus outcome={pages.moreFailed} />
      <p>
        <button type="button" disabled={pages.loadingMore} onClick={() => void pages.more()}>
          {pages.loadingMore ? props.loading : props.label}
        </button>
      </p>
    </div>
  );
}
