import { formatDay } from "../../../format";
import { useLanguage, useStrings } from "../../../i18n";
import { caseWords } from "../../../screens/cases/words";
import type { DeskCase, StaffCustomer } from "./desk-case-data";
import { deskCaseStrings } from "./desk-case-strings";
import { personName } from "./people";

type Product = StaffCustomer["products"][number];

/** A product's plans, the one that accepted the case marked in words. */
function Plans(props: { product: Product; casePlan: string | undefined }) {
  const t = useStrings(deskCaseStrings);
  const w = useStrings(caseWords);
  const { language } = useLanguage();
  if (props.product.plans.length === 0) return <>{t.noPlans}</>;
  return (
    <ul class="plain">
      {props.product.plans.map((term) => {
        const accepted = term.plan === props.casePlan;
        return (
          <li key={`${term.plan}-${term.startsOn}`} class={accepted ? "highlight" : undefined}>
            {t.planTerm(w[term.plan], formatDay(term.startsOn, language), formatDay(term.endsOn, language))} ·{" "}
            {t[term.state]}
            {accepted ? <span class="case-mark">{t.casePlan}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Who the customer is and what they own; the case's product and plan are marked. */
export function CustomerPanel(props: { case: DeskCase; customer: StaffCustomer | undefined }) {
  const t = useStrings(deskCaseStrings);
  const person = props.customer?.customer;
  const c = props.case;
  const phone = person?.phone ?? c.phone;
  const company = person?.company ?? c.contact?.company;
  return (
    <section aria-labelledby="customer-title" class="panel customer-panel">
      <h2 id="customer-title">{t.customerTitle}</h2>
      <dl class="facts">
        <dt>{t.name}</dt>
        <dd>{person ? personName(person) : "…"}</dd>
        {company ? (
          <>
            <dt>{t.company}</dt>
            <dd>{company}</dd>
          </>
        ) : null}
        <dt>{t.customerEmail}</dt>
        <dd>
          <a href={`mailto:${c.customerEmail}`}>{c.customerEmail}</a>
        </dd>
        {phone ? (
          <>
            <dt>{t.customerPhone}</dt>
            <dd>
              <a class="phone" href={`tel:${phone.replace(/\s/g, "")}`}>
                {phone}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{t.products}</h3>
      {props.customer && props.customer.products.length === 0 ? <p class="hint">{t.noProducts}</p> : null}
      {props.customer?.products.length ? (
        <ul class="products">
          {props.customer.products.map((product) => {
            const ofCase = product.serial === c.serial;
            return (
              <li key={product.serial} class={ofCase ? "desk-product highlight" : "desk-product"}>
                <p class="product-name">
                  {product.productName} {product.edition} {product.productVersion}
                  {ofCase ? <span class="case-mark">{t.caseProduct}</span> : null}
                </p>
                <dl class="facts">
                  <dt>{t.serial}</dt>
                  <dd class="serial">{product.serial}</dd>
                  <dt>{t.plans}</dt>
                  <dd>
                    <Plans product={product} casePlan={ofCase ? c.plan : undefined} />
                  </dd>
                </dl>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
