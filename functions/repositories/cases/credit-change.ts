import { keys } from "../keys";

/** Spends (-1) or returns (+1) a single-incident credit; spending needs one left and the caller's license. */
export function creditChange(tableName: string, serial: string, ownerId: string, delta: 1 | -1) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.license(serial),
      ConditionExpression: delta < 0 ? "ownerId = :owner AND incidentCredits > :zero" : "ownerId = :owner",
      UpdateExpression: "ADD incidentCredits :delta",
      ExpressionAttributeValues: {
        ":owner": ownerId,
        ":delta": delta,
        ...(delta < 0 ? { ":zero": 0 } : {}),
      },
    },
  };
}
