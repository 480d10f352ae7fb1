import type { components } from "../../../client/openapi";
import { formatDateTime } from "../../format";
import { type Language, useLanguage, useStrings } from "../../i18n";
import { caseStrings } from "./case-strings";

type Attachment = components["schemas"]["CustomerAttachment"];

function formatSize(bytes: number, language: Language): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, "byte"]
      : bytes < 1024 * 1024
        ? [bytes / 1024, "kilobyte"]
        : [bytes / 1024 / 1024, "megabyte"];
  return new Intl.NumberFormat(language, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * The case's files with their download links (short-lived URLs, fetched with the page); who
 * added each is "you" or "support" unless the page names them (`addedBy`, the desk).
 */
export function AttachmentsList<A extends Attachment>(props: {
  attachments: A[] | undefined;
  addedBy?(attachment: A): string;
}) {
  const t = useStrings(caseStrings);
  const { language } = useLanguage();
  const { attachments } = props;
  if (!attachments) return null;
  if (attachments.length === 0) return <p class="hint">{t.noAttachments}</p>;
  return (
    <ul class="attachment-files">
      {attachments.map((a) => (
        <li key={a.attachmentId}>
          <a href={a.download.url} download={a.fileName}>
            {a.fileName}
          </a>{" "}
          <span class="hint">
            ({formatSize(a.sizeBytes, language)}) ·{" "}
            {t.addedBy(
              props.addedBy?.(a) ?? (a.author === "customer" ? t.byYou : t.bySupport),
              formatDateTime(a.addedAt, language),
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
