import type { ComponentChildren } from "preact";
import type { Outcome } from "../api";
import { FormStatus } from "./form-status";

/** What a page loaded from the API: a status line while it loads, the problem if it failed. */
export function Loaded<T>(props: {
  outcome: Outcome<T> | undefined;
  loading: string;
  children: (data: T) => ComponentChildren;
}) {
  const { outcome } = props;
  if (!outcome) return <p role="status">{props.loading}</p>;
  if (!outcome.ok) return <FormStatus outcome={outcome} />;
  return <>{props.children(outcome.data)}</>;
}
