import type { components } from "../../../../client/openapi";
import type { Agent, StaffCustomer } from "./desk-case-data";
import type { DeskCaseStrings } from "./desk-case-strings";

type Profile = components["schemas"]["Profile"];
type Viewer = components["schemas"]["CasePresence"]["viewers"][number];

const HAN = /^[\u3400-\u9fff]+$/;

/**
 * A person's name as it is written: a Chinese name family name first and without a space (李伟),
 * any other given name first (Ann Agent), whatever the page's language.
 */
export function personName(person: {
  firstName?: string | undefined;
  lastName?: string | undefined;
}): string {
  const { firstName = "", lastName = "" } = person;
  if (HAN.test(firstName + lastName)) return lastName + firstName;
  return [firstName, lastName].filter(Boolean).join(" ");
}

/**
 * Who a user id is, for the timeline and the header: the signed-in agent ("… (you)"), the
 * case's customer, an engineer on the case now (presence has profile names) or of the agents
 * list (the user pool's names, else the e-mail), else "a support engineer".
 */
export function peopleNamer(
  t: DeskCaseStrings,
  known: {
    me?: Profile | undefined;
    customer?: StaffCustomer | undefined;
    agents: Agent[];
    viewers: Viewer[];
  },
): (userId: string | undefined) => string {
  const names = new Map<string, string>();
  for (const agent of known.agents) names.set(agent.id, personName(agent) || agent.email);
  for (const viewer of known.viewers) names.set(viewer.userId, viewer.name ?? viewer.email);
  const customer = known.customer?.customer;
  if (customer) names.set(customer.id, personName(customer) || customer.email);
  const me = known.me;
  if (me) names.set(me.id, t.you(personName(me) || me.email));
  return (userId) => (userId ? names.get(userId) : undefined) ?? t.staffMember;
}
