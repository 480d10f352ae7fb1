import { useEffect, useMemo, useState } from "preact/hooks";
import { parseFollowUpExecutionName } from "#domain/follow-up-protocol";
import { Page } from "../components/page";
import { useStrings } from "../i18n";
import type { AslDefinition } from "./asl-graph";
import { EventTable } from "./event-table";
import { ExecutionFacts } from "./execution-facts";
import { GraphView } from "./graph-view";
import { listHref } from "./location";
import { ConsoleLink, ExecutionStatusBadge, LoadProblem } from "./parts";
import { definitionOf, describeExecution, type ExecutionDescription, historyOf } from "./sfn";
import { StateDetails } from "./state-details";
import { readHistory, type WireHistoryEvent } from "./state-runs";
import { StopButton } from "./stop-button";
import { consoleStrings } from "./strings";
import { usePolling } from "./use-polling";

const REFRESH_MS = 2_000;

interface Snapshot {
  execution: ExecutionDescription;
  events: WireHistoryEvent[];
}

/** One execution as the Step Functions console shows it: graph, state input/output, events, Stop. */
export function ExecutionPage(props: { executionArn: string }) {
  const t = useStrings(consoleStrings);
  const [definition, setDefinition] = useState<AslDefinition>();
  const [selected, setSelected] = useState<string>();
  const { loaded, reload } = usePolling<Snapshot>(
    async () => {
      const [execution, events] = await Promise.all([
        describeExecution(props.executionArn),
        historyOf(props.executionArn),
      ]);
      return { execution, events };
    },
    props.executionArn,
    REFRESH_MS,
    (snapshot) => snapshot.execution.status === "RUNNING",
  );
  useEffect(() => {
    void definitionOf(props.executionArn)
      .then(setDefinition)
      .catch(() => undefined);
  }, [props.executionArn]);
  const snapshot = loaded.state === "ready" ? loaded.value : undefined;
  const reading = useMemo(
    () => snapshot && readHistory(snapshot.events, snapshot.execution.status),
    [snapshot],
  );
  const name = snapshot?.execution.name ?? props.executionArn.split(":").at(-1) ?? "";
  const caseNumber = parseFollowUpExecutionName(name)?.caseNumber;
  return (
    <Page title={name} brand={t.brand} wide>
      <p class="breadcrumbs">
        <ConsoleLink href={listHref()}>{t.backToList}</ConsoleLink>
        {caseNumber && (
          <>
            {" › "}
            <ConsoleLink href={listHref({ case: caseNumber })}>{`${t.case} ${caseNumber}`}</ConsoleLink>
          </>
        )}
      </p>
      {loaded.state === "failed" && <LoadProblem error={loaded.error} />}
      {snapshot && reading && (
        <>
          <div class="execution-head">
            <ExecutionStatusBadge status={snapshot.execution.status} />
            {snapshot.execution.status === "RUNNING" && (
              <StopButton executionArn={props.executionArn} onStopped={reload} />
            )}
          </div>
          <ExecutionFacts execution={snapshot.execution} />
          <h2>{t.graph}</h2>
          <div class="graph-and-details">
            {definition ? (
              <GraphView
                definition={definition}
                reading={reading}
                selected={selected}
                onSelect={setSelected}
              />
            ) : (
              <p class="hint">…</p>
            )}
            <StateDetails reading={reading} state={selected} />
          </div>
          <EventTable events={snapshot.events} reading={reading} onSelect={setSelected} />
        </>
      )}
    </Page>
  );
}
