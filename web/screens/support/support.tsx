import "./support.css";
import { useEffect, useRef, useState } from "preact/hooks";
import { type CaseTopic, CUSTOMER_SERVICE_TOPICS } from "#domain/case-topics";
import { PLANS } from "#domain/plans";
import { SELF_SERVICE } from "#domain/self-service";
import { api, call, type Outcome } from "../../api";
import { Attachments } from "../../components/attachments";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { AccountMenu } from "../account/account-menu";
import { CaseFormView } from "./case-form";
import { type Choice, ChooseRequest } from "./choose-request";
import { OlderBuildHint } from "./older-build-hint";
import { PlanFacts, RefusalView } from "./plan-facts";
import { planWords, strings } from "./strings";
import type { OpenedCase, Product, Refusal, Severity, SupportOptions } from "./types";

type Step =
  | { name: "choose" }
  | { name: "options"; product: Product; options?: SupportOptions; outcome?: Outcome<unknown> }
  | { name: "form"; choice: Choice; options?: SupportOptions }
  | { name: "refused"; refusal: Refusal; serial: string | undefined }
  | { name: "done"; created: OpenedCase; files: File[] };

/** A step's heading takes the focus, so keyboard and screen-reader users land on the new step. */
function StepHeading(props: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 id={props.id} ref={ref} tabIndex={-1} class="step-heading">
      {props.children}
    </h2>
  );
}

const CUSTOMER_SERVICE = PLANS["customer-service"];

function isTopic(topic: string | undefined): topic is (typeof CUSTOMER_SERVICE_TOPICS)[number] {
  return (CUSTOMER_SERVICE_TOPICS as readonly (string | undefined)[]).includes(topic);
}

/** The "contact us" wizard: what it is about → what the plan offers (or why not) → the case form → the case number. */
export function ContactSupport(props: {
  /** A customer-service topic to start with (`?topic=offers&serial=…` from a plan's renew hint). */
  topic?: string;
  serial?: string;
  onSignedOut(): void;
}) {
  const t = useStrings(strings);
  const p = useStrings(planWords);
  const [products, setProducts] = useState<Product[]>();
  const [severities, setSeverities] = useState<Severity[]>([]);
  const [choice, setChoice] = useState<Choice>();
  const [unchosen, setUnchosen] = useState(false);
  const [serial, setSerial] = useState(props.serial || undefined);
  const [step, setStep] = useState<Step>(() =>
    isTopic(props.topic)
      ? { name: "form", choice: { kind: "topic", topic: props.topic } }
      : { name: "choose" },
  );

  useEffect(() => {
    void call(api.GET("/products")).then((o) => setProducts(o.ok ? o.data.items : []));
    void call(api.GET("/support/severities")).then((o) => o.ok && setSeverities(o.data.items));
  }, []);

  async function next() {
    if (!choice) return setUnchosen(true);
    if (choice.kind === "topic") return setStep({ name: "form", choice });
    const { product } = choice;
    setStep({ name: "options", product });
    const outcome = await call(
      api.GET("/support/options", { params: { query: { serial: product.serial } } }),
    );
    setStep(
      outcome.ok
        ? { name: "options", product, options: outcome.data }
        : { name: "options", product, outcome },
    );
  }

  const back = (
    <button type="button" class="link-button back" onClick={() => setStep({ name: "choose" })}>
      <span aria-hidden="true">← </span>
      {t.back}
    </button>
  );
  const askCustomerService = () => {
    setChoice({ kind: "topic", topic: "licensing" });
    setStep({ name: "choose" });
  };
  // Renewing, upgrading and buying incidents are offers: customer service takes them, for this serial.
  const askForOffer = (about: string | undefined) => {
    setSerial(about);
    setStep({ name: "form", choice: { kind: "topic", topic: "offers" } });
  };

  return (
    <Page title={t.title} aside={<AccountMenu current="/support" onSignedOut={props.onSignedOut} />}>
      {step.name === "choose" ? (
        products ? (
          <ChooseRequest
            products={products}
            choice={choice}
            error={unchosen}
            onChoose={(c) => {
              setChoice(c);
              setUnchosen(false);
            }}
            onNext={next}
          />
        ) : (
          <p role="status">{t.loading}</p>
        )
      ) : null}

      {step.name === "options" ? (
        <>
          {back}
          <StepHeading id="options-title">{t.optionsHeading}</StepHeading>
          <p>
            {t.product(step.product.productName, step.product.edition, step.product.productVersion)} ·{" "}
            {t.serial(step.product.serial)}
          </p>
          <FormStatus outcome={step.outcome} />
          {step.options ? (
            <OptionsOf
              options={step.options}
              onForm={() =>
                setStep({
                  name: "form",
                  choice: { kind: "product", product: step.product },
                  options: step.options,
                })
              }
              onCustomerService={askCustomerService}
              onOffer={() => askForOffer(step.product.serial)}
            />
          ) : step.outcome ? null : (
            <p role="status">{t.loading}</p>
          )}
        </>
      ) : null}

      {step.name === "form" ? (
        <>
          {back}
          <StepHeading id="form-step-title">
            {step.choice.kind === "product"
              ? t.product(
                  step.choice.product.productName,
                  step.choice.product.edition,
                  step.choice.product.productVersion,
                )
              : t.topicsHeading}
          </StepHeading>
          {step.options ? (
            <PlanFacts
              plan={step.options.technical.allowed ? step.options.technical.plan : "customer-service"}
              channels={step.options.channels}
              availability={step.options.availability}
              firstResponse={step.options.firstResponse}
            />
          ) : (
            <PlanFacts plan="customer-service" {...CUSTOMER_SERVICE} />
          )}
          {step.choice.kind === "product" ? <OlderBuildHint product={step.choice.product} /> : null}
          <CaseFormView
            topic={
              step.choice.kind === "product" ? "product-problem" : (step.choice.topic satisfies CaseTopic)
            }
            serial={step.choice.kind === "product" ? step.choice.product.serial : serial}
            productVersion={step.choice.kind === "product" ? step.choice.product.productVersion : undefined}
            severities={severities}
            onCreated={(created, files) => setStep({ name: "done", created, files })}
            onRefused={(refusal) =>
              setStep({
                name: "refused",
                refusal,
                serial: step.choice.kind === "product" ? step.choice.product.serial : undefined,
              })
            }
          />
        </>
      ) : null}

      {step.name === "refused" ? (
        <>
          {back}
          <RefusalView
            refusal={step.refusal}
            selfService={[...SELF_SERVICE]}
            onCustomerService={askCustomerService}
            onOffer={() => askForOffer(step.serial)}
          />
        </>
      ) : null}

      {step.name === "done" ? (
        <>
          <StepHeading id="done-title">{t.doneTitle}</StepHeading>
          <div class="notice case-number">
            <span>{t.caseNumber}</span>
            <strong id="case-number">{step.created.caseNumber}</strong>
          </div>
          <p class="hint">{t.caseNumberHint}</p>
          <p>{t.planOfCase(p[step.created.plan])}</p>
          <p>
            <Link to={`/cases/${step.created.caseNumber}`}>{t.openCase(step.created.caseNumber)}</Link>
          </p>
          <Attachments caseNumber={step.created.caseNumber} initialFiles={step.files} />
        </>
      ) : null}
    </Page>
  );
}

/** Step 2 for a product: the plan's facts, then the form's door or the refusal with its advice. */
function OptionsOf(props: {
  options: SupportOptions;
  onForm(): void;
  onCustomerService(): void;
  onOffer(): void;
}) {
  const t = useStrings(strings);
  const { options } = props;
  const { technical } = options;
  const facts = (
    <PlanFacts
      plan={technical.allowed ? technical.plan : "customer-service"}
      channels={options.channels}
      availability={options.availability}
      firstResponse={options.firstResponse}
    />
  );
  if (technical.allowed)
    return (
      <>
        {facts}
        <div class="actions">
          <button type="button" class="primary" onClick={props.onForm}>
            {t.describe}
          </button>
        </div>
      </>
    );
  // Refused: why first; customer service stays open, so its facts follow.
  return (
    <>
      <RefusalView
        refusal={technical}
        selfService={options.selfService}
        onCustomerService={props.onCustomerService}
        onOffer={props.onOffer}
      />
      <h3>{t.customerServiceOpen}</h3>
      {facts}
    </>
  );
}
