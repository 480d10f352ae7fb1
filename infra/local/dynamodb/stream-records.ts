import type { _Record } from "@aws-sdk/client-dynamodb-streams";
import type { DynamoDBRecord } from "aws-lambda";
import { LOCAL_AWS } from "../aws";
import type { Attempt } from "./batch-retries";

/**
 * What Lambda sends to a stream mapping's on-failure destination (SQS or SNS) when it discards a
 * batch: where the records are, not the records themselves; an operator reads them off the stream.
 */
export interface StreamFailureRecord {
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: "RetryAttemptsExhausted";
    approximateInvokeCount: number;
  };
  responseContext: { statusCode: number; executedVersion: string; functionError?: "Unhandled" };
  version: "1.0";
  timestamp: string;
  DDBStreamBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    approximateArrivalOfFirstRecord?: string;
    approximateArrivalOfLastRecord?: string;
    batchSize: number;
    streamArn: string;
  };
}

/** The record as Lambda hands it over: the stream's record plus the source, times in epoch seconds. */
export function lambdaRecord(record: _Record, streamArn: string): DynamoDBRecord {
  const { ApproximateCreationDateTime, ...stream } = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: record.eventSource ?? "aws:dynamodb",
    awsRegion: record.awsRegion ?? LOCAL_AWS.region,
    dynamodb: {
      ...(stream as DynamoDBRecord["dynamodb"]),
      ...(ApproximateCreationDateTime
        ? { ApproximateCreationDateTime: Math.floor(ApproximateCreationDateTime.getTime() / 1000) }
        : {}),
    },
    eventSourceARN: streamArn,
  };
}

/** The on-failure record of a discarded attempt. */
export function failureRecord(
  attempt: Attempt<_Record>,
  at: { shardId: string; streamArn: string; functionArn: string; requestId: string; timestamp: Date },
): StreamFailureRecord {
  const first = attempt.records[0]?.dynamodb;
  const last = attempt.records.at(-1)?.dynamodb;
  return {
    requestContext: {
      requestId: at.requestId,
      functionArn: at.functionArn,
      condition: "RetryAttemptsExhausted",
      approximateInvokeCount: attempt.invocations,
    },
    responseContext: {
      statusCode: 200,
      executedVersion: "$LATEST",
      ...(attempt.lastError ? { functionError: attempt.lastError } : {}),
    },
    version: "1.0",
    timestamp: at.timestamp.toISOString(),
    DDBStreamBatchInfo: {
      shardId: at.shardId,
      startSequenceNumber: first?.SequenceNumber ?? "",
      endSequenceNumber: last?.SequenceNumber ?? "",
      approximateArrivalOfFirstRecord: first?.ApproximateCreationDateTime?.toISOString(),
      approximateArrivalOfLastRecord: last?.ApproximateCreationDateTime?.toISOString(),
      batchSize: attempt.records.length,
      streamArn: at.streamArn,
    },
  };
}
