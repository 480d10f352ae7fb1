import type { ComponentChildren } from "preact";
import { useStrings } from "../i18n";
import { followLink } from "./location";
import { SfnError } from "./sfn";
import { consoleStrings } from "./strings";

/** A link between console pages that does not reload the app. */
export function ConsoleLink(props: { href: string; children: ComponentChildren; class?: string }) {
  return (
    <a href={props.href} class={props.class} onClick={(event) => followLink(event, props.href)}>
      {props.children}
    </a>
  );
}

/** The execution's status in words, with the console's colour as a second signal only. */
export function ExecutionStatusBadge(props: { status: string }) {
  const t = useStrings(consoleStrings);
  return (
    <span class={`badge badge-${props.status.toLowerCase()}`} data-status={props.status}>
      {t.executionStatus(props.status)}
    </span>
  );
}

export function LoadProblem(props: { error: unknown }) {
  const t = useStrings(consoleStrings);
  const notFound = props.error instanceof SfnError && props.error.type === "ExecutionDoesNotExist";
  return (
    <p class="error" role="alert">
      {notFound ? t.notFound : t.loadFailed}
    </p>
  );
}
