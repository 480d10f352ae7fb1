import { formatDay, today } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { NoticeToggle } from "../notices/notice-toggle";
import { strings as noticeStrings } from "../notices/strings";
import type { Product } from "../products/load";
import { OwnedProductsPage } from "../products/owned-products-page";
import { countdown, planStrings } from "../products/plan-strings";
import { strings } from "./strings";
import "../products/products.css";

/** Subscriptions: every support plan of every registered license, with the days it has left. */
export function Subscriptions(props: { onSignedOut(): void }) {
  const t = useStrings(strings);
  return (
    <OwnedProductsPage
      title={t.title}
      intro={t.intro}
      current="/subscriptions"
      words={t}
      onSignedOut={props.onSignedOut}
    >
      {(products) => products.map((license) => <LicensePlans key={license.serial} license={license} />)}
    </OwnedProductsPage>
  );
}

function LicensePlans(props: { license: Product }) {
  const t = useStrings(strings);
  const p = useStrings(planStrings);
  const n = useStrings(noticeStrings);
  const { language } = useLanguage();
  const { license } = props;
  const id = `subscription-${license.serial}`;
  const day = today();
  return (
    <section class="subscription" aria-labelledby={id}>
      <h2 id={id}>{t.productTitle(license.productName, license.edition)}</h2>
      <p>
        {t.serial}
        {t.colon}
        <code class="serial">{license.serial}</code>
      </p>
      {license.plans.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.plan}</th>
              <th scope="col">{t.starts}</th>
              <th scope="col">{t.ends}</th>
              <th scope="col">{t.state}</th>
            </tr>
          </thead>
          <tbody>
            {license.plans.map((term) => (
              <tr key={`${term.plan}-${term.startsOn}`} class={`term ${term.state}`}>
                <th scope="row">{p[term.plan]}</th>
                <td>{formatDay(term.startsOn, language)}</td>
                <td>{formatDay(term.endsOn, language)}</td>
                <td>
                  {term.state === "active" ? (
                    <>
                      {p.active} <span class="tag">{countdown(p, term, day)}</span>
                    </>
                  ) : (
                    // "expired 35 days ago" says the state already.
                    countdown(p, term, day)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noPlan}</p>
      )}
      <p class="hint">{t.credits(license.incidentCredits)}</p>
      <h3>{n.heading}</h3>
      <NoticeToggle serial={license.serial} notices={license.notices} />
    </section>
  );
}
