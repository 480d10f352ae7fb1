import { Fragment } from "preact";
import type { components } from "../../../client/openapi";
import { useStrings } from "../../i18n";
import { strings } from "./strings";

type Build = components["schemas"]["Build"];

/**
 * A build's release notes as the handbook names their parts (DOMAIN.md section 9): what's new,
 * known issues, installation notes; builds published before the parts existed have one text.
 */
export function ReleaseNotes(props: { build: Build; empty?: string }) {
  const t = useStrings(strings);
  const { whatsNew, knownIssues, installationNotes, notes } = props.build;
  const parts = [
    { label: t.whatsNew, text: whatsNew },
    { label: t.knownIssues, text: knownIssues },
    { label: t.installationNotes, text: installationNotes },
  ].filter((part) => part.text);
  if (parts.length === 0) return notes || props.empty ? <p class="pre-line">{notes || props.empty}</p> : null;
  return (
    <dl class="release-notes">
      {parts.map((part) => (
        <Fragment key={part.label}>
          <dt>{part.label}</dt>
          <dd class="pre-line">{part.text}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
