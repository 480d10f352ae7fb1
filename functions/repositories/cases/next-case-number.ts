import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { keys } from "../keys";
import { isConditionFailure } from "../queries";
import type { CaseTable } from "./table";

/**
 * Case numbers are unique and, but for one rare race, gap-free. A case takes the number after
 * the counter's value as intake read it, in the transaction that writes the case, on condition
 * the counter still has that value: no request of its own, and a refused intake takes no number.
 * An intake that lost that number to another reserves one with the counter's atomic ADD and
 * gives it back if its case is not written after all; only when a later number was taken
 * meanwhile does the unused one stay a gap.
 */

/** The counter's value in its item (none yet: 0). */
export function lastCaseNumberOf(item: Record<string, unknown> | undefined): number {
  return Number(item?.lastNumber ?? 0);
}

/** The transaction item that moves the counter from `seen` to `seen + 1`. */
export function takeCaseNumber(tableName: string, seen: number) {
  return {
    Update: {
      TableName: tableName,
      Key: keys.caseNumberCounter(),
      UpdateExpression: "SET lastNumber = :next",
      ConditionExpression:
        seen === 0 ? "attribute_not_exists(lastNumber) OR lastNumber = :seen" : "lastNumber = :seen",
      ExpressionAttributeValues: { ":next": seen + 1, ":seen": seen },
    },
  };
}

/** The next number, for this intake alone whatever others do meanwhile. */
export async function reserveCaseNumber({ db, tableName }: CaseTable): Promise<number> {
  const { Attributes } = await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keys.caseNumberCounter(),
      UpdateExpression: "ADD lastNumber :one",
      ExpressionAttributeValues: { ":one": 1 },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return lastCaseNumberOf(Attributes);
}

/** Gives a reserved number back, unless a later one was taken since (then it stays unused). */
export async function releaseCaseNumber({ db, tableName }: CaseTable, reserved: number): Promise<void> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.caseNumberCounter(),
        UpdateExpression: "SET lastNumber = :before",
        ConditionExpression: "lastNumber = :reserved",
        ExpressionAttributeValues: { ":before": reserved - 1, ":reserved": reserved },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
