import { formatDay } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { NoticeToggle } from "../notices/notice-toggle";
import { Builds } from "./builds";
import type { Product, ProductGroup } from "./load";
import { PlanTerms } from "./plan-terms";
import { Serials } from "./serials";
import { strings } from "./strings";

/** A language code ("zh-CN") named in the reader's language. */
export function languageName(code: string, reader: string): string {
  return new Intl.DisplayNames([reader], { type: "language" }).of(code) ?? code;
}

/** One product, expandable: its licenses with their plans, its serials, and its builds. */
export function ProductDetails(props: { group: ProductGroup; open: boolean; onToggle(open: boolean): void }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  const { group } = props;
  const id = `product-${group.productId}`;
  const languages = [...new Set(group.licenses.map((l) => languageName(l.language, language)))].join(", ");
  const seats = group.licenses.reduce((sum, l) => sum + l.licenseCount, 0);
  return (
    <details
      class="product"
      open={props.open}
      onToggle={(event) => props.onToggle((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h2 id={`${id}-title`}>{group.productName}</h2>
        <span class="summary-facts">
          {languages} · {t.licenseCount(seats)}
        </span>
      </summary>
      <div class="product-body">
        <dl class="facts">
          <dt>{t.language}</dt>
          <dd>{languages}</dd>
          <dt>{t.licenses}</dt>
          <dd>{seats}</dd>
        </dl>
        <Serials
          id={`${id}-serials`}
          productName={group.productName}
          serials={group.licenses.map((l) => l.serial)}
        />
        <section aria-labelledby={`${id}-licenses`}>
          <h3 id={`${id}-licenses`}>{t.registrations}</h3>
          <ul class="licenses">
            {group.licenses.map((license) => (
              <li key={license.serial}>
                <License license={license} />
              </li>
            ))}
          </ul>
        </section>
        {/* Builds are fetched when the product is opened: each carries a short-lived link. */}
        {props.open && group.licenses[0] ? (
          <Builds serial={group.licenses[0].serial} headingId={`${id}-downloads`} />
        ) : null}
      </div>
    </details>
  );
}

function License(props: { license: Product }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  const { license } = props;
  return (
    <div class="license">
      <p class="license-title">
        <strong>{t.edition(license.edition, license.productVersion)}</strong> ·{" "}
        {t.licenseCount(license.licenseCount)} · {languageName(license.language, language)}
        {license.trialEndsOn ? <> · {t.trialEnds(formatDay(license.trialEndsOn, language))}</> : null}
      </p>
      <p class={license.supported ? "supported" : "unsupported"}>
        {license.supported
          ? t.supported
          : t.notSupported(new Intl.ListFormat(language).format(license.supportedVersions))}
      </p>
      <PlanTerms license={license} />
      <NoticeToggle serial={license.serial} notices={license.notices} />
    </div>
  );
}
