import { formatDay, today } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { Link } from "../../router";
import type { PlanTerm, Product } from "./load";
import { countdown, planStrings } from "./plan-strings";
import { strings } from "./strings";

/** The term the hints are about: the one running today, else the one that ends last. */
export function currentTerm(plans: PlanTerm[]): PlanTerm | undefined {
  return (
    plans.find((term) => term.state === "active") ??
    [...plans].sort((a, b) => a.endsOn.localeCompare(b.endsOn)).at(-1)
  );
}

/** A license's support plans with their expiry, and what can be bought next (DOMAIN.md section 3). */
export function PlanTerms(props: { license: Product }) {
  const t = useStrings(strings);
  const p = useStrings(planStrings);
  const { language } = useLanguage();
  const { license } = props;
  const day = today();
  const current = currentTerm(license.plans);
  // Offers are a customer-service topic: the contact wizard takes them for this serial.
  const offers = `/support?topic=offers&serial=${encodeURIComponent(license.serial)}`;
  const when = (term: PlanTerm) =>
    term.state === "expired"
      ? t.expiredOn(formatDay(term.endsOn, language))
      : term.state === "upcoming"
        ? t.startsOn(formatDay(term.startsOn, language))
        : t.validUntil(formatDay(term.endsOn, language));
  return (
    <div class="plans">
      <p class="label">{t.plan}</p>
      {license.plans.length ? (
        <ul class="terms">
          {license.plans.map((term) => (
            <li key={`${term.plan}-${term.startsOn}`} class={`term ${term.state}`}>
              <strong>{p[term.plan]}</strong>
              {t.colon}
              {when(term)} <span class="tag">{countdown(p, term, day)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noPlan}</p>
      )}
      <p class="hint">{t.credits(license.incidentCredits)}</p>
      <ul class="offers">
        {current?.canRenew ? (
          <li>
            <Link to={offers}>{t.renew}</Link>
          </li>
        ) : null}
        {current?.canUpgradeToPremier ? (
          <li>
            <Link to={offers}>{t.upgrade}</Link>
          </li>
        ) : null}
        <li>
          <Link to={offers}>{t.buyIncident}</Link>
        </li>
      </ul>
    </div>
  );
}
