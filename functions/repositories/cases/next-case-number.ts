import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { formatCaseNumber } from "#domain/case-number";
import { keys } from "../keys";
import type { CaseTable } from "./table";

export async function nextCaseNumber({ db, tableName }: CaseTable): Promise<string> {
  const { Attributes } = await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.caseNumberCounter(),
      UpdateExpression: "ADD lastNumber :one",
      ExpressionAttributeValues: { ":one": 1 },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return formatCaseNumber(Number(Attributes?.lastNumber));
}
