import "./admin.css";
import { useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { api, call, type Outcome } from "../../api";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { FormStatus } from "../../components/form-status";
import { Loaded } from "../../components/loaded";
import { Page } from "../../components/page";
import { useStrings } from "../../i18n";
import type { StaffPageProps } from "../staff-app";
import { AgentForm } from "./agent-form";
import { agentStrings } from "./agents-strings";
import { MoreButton } from "./more-button";
import { usePages } from "./use-pages";

type Agent = components["schemas"]["Agent"];

const namesOf = (agent: Agent) => [agent.firstName, agent.lastName].filter(Boolean).join(" ");
const nameOf = (agent: Agent) => namesOf(agent) || agent.email;

/** Support engineers: created here, listed a page at a time, disabled (after a confirmation) or enabled. */
export function AgentsPage(props: StaffPageProps) {
  const t = useStrings(agentStrings);
  const pages = usePages((cursor) =>
    call(api.GET("/admin/agents", { params: { query: { limit: "60", ...(cursor ? { cursor } : {}) } } })),
  );
  const [disabling, setDisabling] = useState<Agent>();
  const [changed, setChanged] = useState<{ agent: Agent; outcome: Outcome<unknown> }>();
  const [busy, setBusy] = useState(false);

  async function setEnabled(agent: Agent, enabled: boolean) {
    setBusy(true);
    const answer = await call(
      api.PATCH("/admin/agents/{agentId}", { params: { path: { agentId: agent.id } }, body: { enabled } }),
    );
    setBusy(false);
    setDisabling(undefined);
    setChanged({ agent: { ...agent, enabled }, outcome: answer });
    if (answer.ok) pages.replace((a) => a.id === agent.id, { ...agent, enabled: answer.data.enabled });
  }

  return (
    <Page title={t.title} aside={props.menu} wide>
      <AgentForm onCreated={pages.reload} />
      <section aria-labelledby="agents-title">
        <h2 id="agents-title">{t.listTitle}</h2>
        {changed ? (
          changed.outcome.ok ? (
            <p class="notice" role="status">
              {(changed.agent.enabled ? t.nowEnabled : t.nowDisabled)(nameOf(changed.agent))}
            </p>
          ) : (
            <FormStatus outcome={changed.outcome} />
          )
        ) : null}
        <Loaded outcome={pages.first} loading={t.loading}>
          {() =>
            pages.items.length ? (
              <AgentTable
                agents={pages.items}
                busy={busy}
                onDisable={setDisabling}
                onEnable={(agent) => void setEnabled(agent, true)}
              />
            ) : (
              <p>{t.none}</p>
            )
          }
        </Loaded>
        <MoreButton pages={pages} label={t.more} loading={t.loadingMore} />
      </section>
      <ConfirmDialog
        open={Boolean(disabling)}
        title={t.disableTitle}
        confirmLabel={t.disableConfirm}
        cancelLabel={t.cancel}
        busy={busy}
        onConfirm={() => disabling && void setEnabled(disabling, false)}
        onClose={() => setDisabling(undefined)}
      >
        <p>{disabling ? t.disableText(nameOf(disabling)) : null}</p>
      </ConfirmDialog>
    </Page>
  );
}

function AgentTable(props: {
  agents: Agent[];
  busy: boolean;
  onDisable(agent: Agent): void;
  onEnable(agent: Agent): void;
}) {
  const t = useStrings(agentStrings);
  const statusOf = (status: string) =>
    status === "CONFIRMED" || status === "FORCE_CHANGE_PASSWORD" ? t[status] : status;
  return (
    <table class="agents">
      <caption>{t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.name}</th>
          <th scope="col">{t.email}</th>
          <th scope="col">{t.status}</th>
          <th scope="col">{t.access}</th>
          <th scope="col">{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {props.agents.map((agent) => (
          <tr key={agent.id}>
            <td>{namesOf(agent) || "—"}</td>
            <th scope="row">{agent.email}</th>
            <td>{statusOf(agent.status)}</td>
            <td>
              <span class={`badge ${agent.enabled ? "enabled" : "disabled"}`}>
                {agent.enabled ? t.enabled : t.disabled}
              </span>
            </td>
            <td class="actions-cell">
              {agent.enabled ? (
                <button type="button" disabled={props.busy} onClick={() => props.onDisable(agent)}>
                  {t.disable}
                  <span class="visually-hidden"> {nameOf(agent)}</span>
                </button>
              ) : (
                <button type="button" disabled={props.busy} onClick={() => props.onEnable(agent)}>
                  {t.enable}
                  <span class="visually-hidden"> {nameOf(agent)}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
