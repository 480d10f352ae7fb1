import { useEffect, useState } from "preact/hooks";
import type { components, operations } from "../../../../client/openapi";
import { api, call, type Outcome } from "../../../api";

type CaseView = operations["getCase"]["responses"][200]["content"]["application/json"];
/** The staff view of a case with its whole timeline and its version (the customer's has no `customerId`). */
export type DeskCase = Extract<CaseView, { customerId: string }>;
export type DeskEvent = components["schemas"]["StaffCaseEvent"];
export type DeskAttachment = components["schemas"]["StaffAttachment"];
export type StaffCustomer = components["schemas"]["StaffCustomer"];
export type FollowUpState = components["schemas"]["FollowUpState"];
export type CannedReply = components["schemas"]["CannedReply"];
export type Agent = components["schemas"]["Agent"];

/** At most this many pages of engineers (60 each): the assign list stays bounded. */
const AGENT_PAGES = 20;

/** What the case page shows, each part loaded by its own route. */
export interface DeskCaseData {
  /** The case, or why it could not be loaded. */
  view?: Outcome<DeskCase>;
  attachments?: DeskAttachment[];
  customer?: StaffCustomer;
  followUp?: FollowUpState;
  canned: CannedReply[];
  agents: Agent[];
  /** Loads the case and what changes with it again (after a write, or a stale view). */
  reload(): Promise<void>;
}

async function loadAgents(): Promise<Agent[]> {
  const agents: Agent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < AGENT_PAGES; page++) {
    const answer = await call(
      api.GET("/admin/agents", { params: { query: { limit: "60", ...(cursor ? { cursor } : {}) } } }),
    );
    if (!answer.ok) break;
    agents.push(...answer.data.items);
    cursor = answer.data.nextCursor;
    if (!cursor) break;
  }
  return agents;
}

/** The case, its attachments, follow-up and customer; the canned replies and engineers once. */
export function useDeskCase(number: string): DeskCaseData {
  const [view, setView] = useState<Outcome<DeskCase>>();
  const [attachments, setAttachments] = useState<DeskAttachment[]>();
  const [customer, setCustomer] = useState<StaffCustomer>();
  const [followUp, setFollowUp] = useState<FollowUpState>();
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const [agents, setAgents] = useState<Agent[]>([]);
  const path = { params: { path: { number } } };

  async function reload() {
    const [found, files, state] = await Promise.all([
      call(api.GET("/cases/{number}", path)),
      call(api.GET("/cases/{number}/attachments", path)),
      call(api.GET("/cases/{number}/follow-up", path)),
    ]);
    if (files.ok) setAttachments(files.data.items as DeskAttachment[]);
    if (state.ok) setFollowUp(state.data);
    if (found.ok && !("customerId" in found.data)) return setView({ ok: false, status: 403 });
    setView(found as Outcome<DeskCase>);
  }

  useEffect(() => {
    void reload();
    void call(api.GET("/canned-replies")).then((answer) => answer.ok && setCanned(answer.data.items));
    void loadAgents().then(setAgents);
  }, [number]);

  const customerId = view?.ok ? view.data.customerId : undefined;
  useEffect(() => {
    if (!customerId) return;
    void call(api.GET("/customers/{customerId}", { params: { path: { customerId } } })).then(
      (answer) => answer.ok && setCustomer(answer.data),
    );
  }, [customerId]);

  return { view, attachments, customer, followUp, canned, agents, reload };
}
