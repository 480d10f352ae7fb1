import { formatDay } from "../../../format";
import { useLanguage, useStrings } from "../../../i18n";
import { caseWords } from "../../../screens/cases/words";
import { phoneStrings } from "./strings";
import type { CustomerProduct, StaffCustomer } from "./types";

const LANGUAGE_NAMES = { en: "English", "zh-CN": "简体中文" } as const;

/** A product's plans in words: which, and until, since or from when. */
export function PlanTerms(props: { product: CustomerProduct }) {
  const t = useStrings(phoneStrings);
  const w = useStrings(caseWords);
  const { language } = useLanguage();
  if (props.product.plans.length === 0) return <>{t.noPlan}</>;
  return (
    <ul class="plain">
      {props.product.plans.map((term) => {
        const name = w[term.plan];
        const text =
          term.state === "active"
            ? t.planUntil(name, formatDay(term.endsOn, language))
            : term.state === "expired"
              ? t.planExpired(name, formatDay(term.endsOn, language))
              : t.planFrom(name, formatDay(term.startsOn, language));
        return (
          <li key={`${term.plan}-${term.startsOn}`} class={`plan-${term.state}`}>
            {text}
          </li>
        );
      })}
    </ul>
  );
}

export const productName = (p: CustomerProduct) => `${p.productName} ${p.edition} ${p.productVersion}`;

/** Who is calling: name, company and contact, and every registered product with serial and plans. */
export function CustomerCard(props: { customer: StaffCustomer }) {
  const t = useStrings(phoneStrings);
  const { customer, products } = props.customer;
  const name = `${customer.firstName} ${customer.lastName}`;
  return (
    <section class="caller" aria-labelledby="caller-title">
      <h2 id="caller-title">{t.customerHeading(name)}</h2>
      <dl class="facts">
        <dt>{t.emailLabel}</dt>
        <dd id="caller-email-address">{customer.email}</dd>
        {customer.company ? (
          <>
            <dt>{t.company}</dt>
            <dd>{customer.company}</dd>
          </>
        ) : null}
        {customer.phone ? (
          <>
            <dt>{t.phone}</dt>
            <dd>{customer.phone}</dd>
          </>
        ) : null}
        <dt>{t.language}</dt>
        <dd>{LANGUAGE_NAMES[customer.language]}</dd>
      </dl>
      <h3>{t.products}</h3>
      {products.length === 0 ? (
        <p>{t.noProducts}</p>
      ) : (
        <table class="caller-products">
          <thead>
            <tr>
              <th scope="col">{t.product}</th>
              <th scope="col">{t.serial}</th>
              <th scope="col">{t.plans}</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => (
              <tr key={product.serial}>
                <td>
                  {productName(product)}
                  {product.supported ? null : <span class="hint"> · {t.unsupported}</span>}
                </td>
                <td class="serial">{product.serial}</td>
                <td>
                  <PlanTerms product={product} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
