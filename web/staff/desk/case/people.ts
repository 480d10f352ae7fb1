import type { components } from "../../../../client/openapi";
import type { Language } from "../../../i18n";
import type { Agent, StaffCustomer } from "./desk-case-data";
import type { DeskCaseStrings } from "./desk-case-strings";

type Profile = components["schemas"]["Profile"];
type Viewer = components["schemas"]["CasePresence"]["viewers"][number];

/** A person's name as the language writes it: family name first in Chinese. */
export function personName(person: { firstName?: string; lastName?: string }, language: Language): string {
  const parts =
    language === "zh-CN" ? [person.lastName, person.firstName] : [person.firstName, person.lastName];
  return parts.filter(Boolean).join(language === "zh-CN" ? "" : " ");
}

/**
 * Who a user id is, for the timeline and the header: the signed-in agent ("… (you)"), the
 * case's customer, an engineer on the case now (presence has profile names) or of the agents
 * list (the user pool's names, else the e-mail), else "a support engineer".
 */
export function peopleNamer(
  t: DeskCaseStrings,
  language: Language,
  known: {
    me?: Profile | undefined;
    customer?: StaffCustomer | undefined;
    agents: Agent[];
    viewers: Viewer[];
  },
): (userId: string | undefined) => string {
  const names = new Map<string, string>();
  for (const agent of known.agents) names.set(agent.id, personName(agent, language) || agent.email);
  for (const viewer of known.viewers) names.set(viewer.userId, viewer.name ?? viewer.email);
  const customer = known.customer?.customer;
  if (customer) names.set(customer.id, personName(customer, language) || customer.email);
  const me = known.me;
  if (me) names.set(me.id, t.you(personName(me, language) || me.email));
  return (userId) => (userId ? names.get(userId) : undefined) ?? t.staffMember;
}
