import { useState } from "preact/hooks";
import { type CaseTopic, CUSTOMER_SERVICE_TOPICS } from "#domain/case-topics";
import { Field } from "../../../components/field";
import { useStrings } from "../../../i18n";
import { navigate } from "../../../router";
import { CaseFormView } from "../../../screens/support/case-form";
import { topicWords } from "../../../screens/support/strings";
import type { Refusal, Severity } from "../../../screens/support/types";
import { productName } from "./customer-card";
import { callerRefusalWords, phoneStrings } from "./strings";
import type { StaffCustomer } from "./types";

/** Why intake refused the caller's technical case and what to offer instead; no case was opened. */
function CallerRefusal(props: { refusal: Refusal; onAnother(): void }) {
  const t = useStrings(phoneStrings);
  const r = useStrings(callerRefusalWords);
  return (
    <section class="refusal" aria-labelledby="refusal-title">
      <h2 id="refusal-title">{t.refusedHeading}</h2>
      <p class="alert" id="refusal-reason" role="alert">
        {r[props.refusal.reason]} {t.noCase}
      </p>
      {props.refusal.advice.length ? (
        <>
          <h3>{t.adviceHeading}</h3>
          <ul id="advice">
            {props.refusal.advice.map((advice) => (
              <li key={advice}>{r[advice]}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" onClick={props.onAnother}>
        {t.another}
      </button>
    </section>
  );
}

/**
 * What the call is about (a product's problem or a customer-service topic), then the customer's
 * own case form, sent on the caller's behalf on the phone channel; 201 opens the case's desk page.
 */
export function CallForm(props: { customer: StaffCustomer; severities: readonly Severity[] }) {
  const t = useStrings(phoneStrings);
  const topics = useStrings(topicWords);
  const { customer, products } = props.customer;
  const [topic, setTopic] = useState<CaseTopic>(products.length ? "product-problem" : "licensing");
  const [serial, setSerial] = useState(products[0]?.serial ?? "");
  const [refusal, setRefusal] = useState<Refusal>();
  const technical = topic === "product-problem";
  const product = products.find((p) => p.serial === serial);

  if (refusal) return <CallerRefusal refusal={refusal} onAnother={() => setRefusal(undefined)} />;
  return (
    <section class="call" aria-labelledby="call-title">
      <h2 id="call-title">{t.callHeading}</h2>
      <div class="call-choice">
        <Field id="call-topic" label={t.topic}>
          {(control) => (
            <select
              {...control}
              value={topic}
              onChange={(event) => setTopic(event.currentTarget.value as CaseTopic)}
            >
              {products.length ? <option value="product-problem">{t.productProblem}</option> : null}
              {CUSTOMER_SERVICE_TOPICS.map((value) => (
                <option key={value} value={value}>
                  {topics[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="call-product" label={t.productChoice} hint={technical ? t.pickProduct : undefined}>
          {(control) => (
            <select {...control} value={serial} onChange={(event) => setSerial(event.currentTarget.value)}>
              {technical ? null : <option value="">{t.noProduct}</option>}
              {products.map((p) => (
                <option key={p.serial} value={p.serial}>
                  {`${productName(p)} · ${p.serial}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <CaseFormView
        key={`${topic}|${serial}`}
        topic={topic}
        serial={serial || undefined}
        productVersion={technical ? product?.productVersion : undefined}
        severities={props.severities}
        heading={t.formHeading}
        attachments={false}
        onBehalf={{ onBehalfOf: { customerId: customer.id }, channel: "phone" }}
        initial={{
          preferredContact: "phone",
          language: customer.language,
          ...(customer.phone ? { phone: customer.phone } : {}),
          ...(customer.company ? { "contact.company": customer.company } : {}),
        }}
        onCreated={(created) => navigate(`/desk/cases/${created.caseNumber}`)}
        onRefused={setRefusal}
      />
    </section>
  );
}
