import type { SendEmailCommandInput } from "@aws-sdk/client-sesv2";
import { formatCalendarDate, type Language } from "#domain/language";
import { greetingName } from "#email/greeting-name";
import { RELEASE_NOTE_FIELDS } from "#email/release-notice-mail";
import { releaseNoticeTemplateName } from "#email/templates";
import { writtenTextData } from "#email/written-text";
import type { ReleaseNotice } from "./release-notices";

/** Where a notice's unsubscribe links lead, for one owner and product's token. */
export interface UnsubscribeLinks {
  /** RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` here, through the portal's /api/ origin. */
  oneClick: string;
  /** The visible link: the portal's unsubscribe page, which needs no sign-in. */
  page: string;
}

/** `portalUrl` ends in /portal/; the API is served on the same origin under /api/. */
export function unsubscribeLinks(portalUrl: string, token: string): UnsubscribeLinks {
  const base = portalUrl.endsWith("/") ? portalUrl : `${portalUrl}/`;
  const query = `?token=${encodeURIComponent(token)}`;
  return {
    oneClick: `${new URL("/api/notices/unsubscribe", base).href}${query}`,
    page: `${new URL("unsubscribe", base).href}${query}`,
  };
}

/** The portal's products page: each product's downloads, newest build first. */
export const downloadsUrl = (portalUrl: string) =>
  new URL("products", portalUrl.endsWith("/") ? portalUrl : `${portalUrl}/`).href;

/** "500 MB", "1.2 GB" in the reader's language. */
export function formatSize(bytes: number, language: Language): string {
  const units = [
    ["gigabyte", 1024 ** 3],
    ["megabyte", 1024 ** 2],
    ["kilobyte", 1024],
  ] as const;
  const [unit, size] = units.find(([, size]) => bytes >= size) ?? ["byte", 1];
  return new Intl.NumberFormat(language === "en" ? "en-GB" : language, {
    style: "unit",
    unit,
    maximumFractionDigits: 1,
  }).format(bytes / size);
}

export interface NoticeMail {
  release: ReleaseNotice;
  recipient: { email: string; language: Language; firstName: string; lastName: string };
  links: UnsubscribeLinks;
  portalUrl: string;
  vendorName: string;
  senderAddress: string;
  configurationSetName: string;
}

/** One owner's notice as SES v2 SendEmail takes it: their language's template, the unsubscribe headers. */
export function noticeEmail(mail: NoticeMail): SendEmailCommandInput {
  const { release, recipient, links } = mail;
  const language = recipient.language;
  const data = {
    vendorName: mail.vendorName,
    version: release.version,
    build: String(release.build),
    size: formatSize(release.sizeBytes, language),
    releasedOn: formatCalendarDate(`${release.releasedOn}T12:00:00Z`, language, "UTC"),
    downloadsUrl: downloadsUrl(mail.portalUrl),
    unsubscribeUrl: links.page,
    ...writtenTextData("productName", release.productName),
    ...writtenTextData("customerName", greetingName(recipient, language) ?? ""),
    ...Object.assign({}, ...RELEASE_NOTE_FIELDS.map((field) => writtenTextData(field, release[field]))),
  };
  return {
    FromEmailAddress: mail.senderAddress,
    Destination: { ToAddresses: [recipient.email] },
    ConfigurationSetName: mail.configurationSetName,
    Content: {
      Template: {
        TemplateName: releaseNoticeTemplateName(language),
        TemplateData: JSON.stringify(data),
        Headers: [
          { Name: "List-Unsubscribe", Value: `<${links.oneClick}>` },
          { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
        ],
      },
    },
  };
}
