import type { components } from "../../../client/openapi";
import { CONFIG } from "../../config";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { planWords, refusalWords, strings } from "./strings";
import type { Refusal, SupportOptions } from "./types";

type Plan = components["schemas"]["Plan"];
type Target = components["schemas"]["FirstResponseTarget"];
type Channel = Plan["channels"][number];

/** What handles the request: the plan, its channels and availability, and the first-response targets. */
export function PlanFacts(props: {
  plan: Plan["id"];
  channels: readonly Channel[];
  availability: Plan["availability"];
  firstResponse: Partial<Record<string, Target>>;
}) {
  const t = useStrings(strings);
  const p = useStrings(planWords);
  const target = (value: Target) => (value.kind === "immediate" ? p.immediate : p[value.kind](value.amount));
  return (
    <dl class="facts">
      <dt>{t.plan}</dt>
      <dd>{p[props.plan]}</dd>
      <dt>{t.channels}</dt>
      <dd>{props.channels.map((c) => p[c]).join(" · ")}</dd>
      <dt>{t.availability}</dt>
      <dd>{p[props.availability]}</dd>
      <dt>{t.firstResponse}</dt>
      <dd>
        <ul class="plain">
          {props.channels.map((channel) => {
            const value = props.firstResponse[channel];
            return value ? <li key={channel}>{p.byChannel(p[channel], target(value))}</li> : null;
          })}
        </ul>
      </dd>
    </dl>
  );
}

/** Self-service and the forum/knowledge-base advice are the same links, listed once below. */
const LINKED_ADVICE = new Set(["knowledge-base", "forum"]);

/** Advice about buying or renewing a plan is an offer: customer service takes it, for this product. */
const PLAN_ADVICE = new Set(["renew", "upgrade-to-premier", "buy-single-incident"]);

/** Why technical help is refused, what to do instead, and the self-service links; no case, no form. */
export function RefusalView(props: {
  refusal: Refusal;
  selfService: SupportOptions["selfService"];
  onCustomerService(): void;
  onOffer(): void;
}) {
  const t = useStrings(strings);
  const r = useStrings(refusalWords);
  const advice = props.refusal.advice.filter((a) => !LINKED_ADVICE.has(a));
  const linkName = (option: SupportOptions["selfService"][number]) =>
    option === "forum" ? r["forum-link"] : option === "knowledge-base" ? r["knowledge-base-link"] : r[option];
  return (
    <section class="refusal" aria-labelledby="refusal-title">
      <h2 id="refusal-title">{t.refusedHeading}</h2>
      <p class="alert" id="refusal-reason">
        {r[props.refusal.reason]} {t.noCase}
      </p>
      {advice.length ? (
        <>
          <h3>{t.adviceHeading}</h3>
          <ul id="advice">
            {advice.map((a) => (
              <li key={a}>
                {a === "update-to-latest-build" ? (
                  <>
                    {r[a]} <Link to="/products">{r.productsLink}</Link>
                  </>
                ) : a === "contact-customer-service" ? (
                  <>
                    {r[a]}{" "}
                    <button type="button" class="link-button" onClick={props.onCustomerService}>
                      {t.askCustomerService}
                    </button>
                  </>
                ) : PLAN_ADVICE.has(a) ? (
                  <button type="button" class="link-button" onClick={props.onOffer}>
                    {r[a]}
                  </button>
                ) : (
                  r[a]
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t.selfServiceHeading}</h3>
      <ul id="self-service" class="self-service">
        {props.selfService.map((option) => (
          <li key={option}>
            <a href={CONFIG.selfServiceUrls[option]} rel="noopener">
              {linkName(option)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
