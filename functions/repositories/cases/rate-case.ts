import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "#domain/errors";
import { keys } from "../keys";
import { isConditionFailure } from "../queries";
import { loadCustomersCase } from "./load-case";
import type { CaseTable } from "./table";

/** Once per case, only by its customer, only when resolved: the condition says all three. */
export async function rateCase(
  table: CaseTable,
  caseNumber: string,
  customerId: string,
  rating: { score: number; comment?: string },
  now: string,
): Promise<void> {
  try {
    await table.db.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.case(caseNumber),
        ConditionExpression: "customerId = :me AND #status = :resolved AND attribute_not_exists(rating)",
        UpdateExpression: "SET rating = :rating, version = if_not_exists(version, :noVersion) + :oneVersion",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":noVersion": 0,
          ":oneVersion": 1,
          ":me": customerId,
          ":resolved": "resolved",
          ":rating": { ...rating, at: now },
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // Why it failed: no such case of theirs (404), or not ratable now.
    const current = await loadCustomersCase(table, caseNumber, customerId);
    throw new DomainError(
      "case-not-ratable",
      current.rating ? `Case ${caseNumber} was rated already.` : `Case ${caseNumber} is not resolved yet.`,
    );
  }
}
