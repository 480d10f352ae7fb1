import {
  type _Record,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from "@aws-sdk/client-dynamodb-streams";
import { followUpExecutionPrefix } from "#domain/follow-up-protocol";
import { LOCAL_AWS } from "#infra/local/aws";
import type { StreamFailureRecord } from "#infra/local/dynamodb/stream-records";
import type { StartFault } from "#infra/local/step-functions/executions";
import { FAIL_START_EXECUTIONS_PATH } from "#infra/local/step-functions/server";
import { stack } from "./local";

/**
 * From now on the local Step Functions endpoint refuses StartExecution for this case's follow-up
 * executions (ExecutionLimitExceeded, which the SDK does not retry): the first `times` calls, or
 * every call. Scoped to the case, so the other tests sharing the stack are unaffected.
 */
export async function failStartExecutionsOfCase(caseNumber: string, times?: number): Promise<StartFault> {
  const response = await fetch(`${stack.stepFunctionsUrl}${FAIL_START_EXECUTIONS_PATH}`, {
    method: "POST",
    body: JSON.stringify({ namePrefix: followUpExecutionPrefix(caseNumber), times }),
  });
  if (!response.ok) throw new Error(`could not arrange failing StartExecution: ${response.status}`);
  return (await response.json()) as StartFault;
}

/** The injected fault for this case, with how many StartExecution calls it saw and refused. */
export async function startFaultOfCase(caseNumber: string): Promise<StartFault | undefined> {
  const response = await fetch(`${stack.stepFunctionsUrl}${FAIL_START_EXECUTIONS_PATH}`);
  const { faults } = (await response.json()) as { faults: StartFault[] };
  return faults.find((fault) => fault.namePrefix === followUpExecutionPrefix(caseNumber));
}

/** The stream consumer's on-failure destination (what the SQS dead-letter queue holds in AWS). */
export async function streamFailures(): Promise<StreamFailureRecord[]> {
  if (!stack.streamConsumerUrl) throw new Error("the shared stack runs no stream consumer");
  const response = await fetch(`${stack.streamConsumerUrl}/failures`);
  return ((await response.json()) as { failures: StreamFailureRecord[] }).failures;
}

/**
 * The records an on-failure record points at, read back from the stream the way an operator
 * would: from its shard, at its start sequence number, up to its end sequence number.
 */
export async function recordsOf(
  failure: StreamFailureRecord,
  endpoint = stack.dynamodbUrl,
): Promise<_Record[]> {
  const info = failure.DDBStreamBatchInfo;
  const client = new DynamoDBStreamsClient({ ...LOCAL_AWS, endpoint });
  try {
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({
        StreamArn: info.streamArn,
        ShardId: info.shardId,
        ShardIteratorType: "AT_SEQUENCE_NUMBER",
        SequenceNumber: info.startSequenceNumber,
      }),
    );
    const { Records = [] } = await client.send(new GetRecordsCommand({ ShardIterator, Limit: 1000 }));
    const end = BigInt(info.endSequenceNumber);
    return Records.filter((record) => BigInt(record.dynamodb?.SequenceNumber ?? "0") <= end);
  } finally {
    client.destroy();
  }
}
