import type { DynamoDBDocumentClient, QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { PlanId } from "#domain/plans";
import type { Severity } from "#domain/severity";
import type { CaseStatus } from "#domain/support-case";
import { CaseRecord } from "./case-records";
import { type CursorShape, cursorShapes, encodeCursor } from "./cursor";
import { keys, withoutKeys } from "./keys";
import { queryPage } from "./queries";
import { TABLE_DESIGN } from "./table-design";

export interface QueueFilters {
  status?: CaseStatus;
  severity?: Severity;
  plan?: PlanId;
  assigneeId?: string;
  /** Assigned to nobody. */
  unassigned?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** Lists of cases from the table's indexes (the agent queue, a customer's cases): never a Scan. */
export function caseLists(db: DynamoDBDocumentClient, tableName: string) {
  /** One page of cases from an index query (topped up when filtered), with the cursor for the next. */
  async function casePage(
    query: Omit<QueryCommandInput, "TableName" | "Limit">,
    limit: number,
    shape: CursorShape,
  ): Promise<Page<CaseRecord>> {
    const { items, nextKey } = await queryPage(
      db,
      { TableName: tableName, ...query },
      limit,
      shape.attributes,
    );
    return {
      items: items.map((item) => CaseRecord.parse(withoutKeys(item))),
      nextCursor: encodeCursor(nextKey),
    };
  }

  return {
    /** Open cases, first response due soonest first, optionally narrowed. */
    async listQueue(filters: QueueFilters, limit: number, cursor?: Record<string, string>) {
      const { unassigned, ...equal } = filters;
      const conditions = Object.entries(equal).filter(([, value]) => value !== undefined);
      const filter = [
        ...conditions.map(([name]) => `#${name} = :${name}`),
        ...(unassigned ? ["attribute_not_exists(#unassigned)"] : []),
      ];
      const names = {
        ...Object.fromEntries(conditions.map(([name]) => [`#${name}`, name])),
        ...(unassigned ? { "#unassigned": "assigneeId" } : {}),
      };
      return casePage(
        {
          IndexName: TABLE_DESIGN.indexes.openCaseQueue.name,
          KeyConditionExpression: "gsi2pk = :queue",
          ...(filter.length > 0
            ? { FilterExpression: filter.join(" AND "), ExpressionAttributeNames: names }
            : {}),
          ExpressionAttributeValues: {
            ":queue": keys.openQueue().gsi2pk,
            ...Object.fromEntries(conditions.map(([name, value]) => [`:${name}`, value])),
          },
          ExclusiveStartKey: cursor,
        },
        limit,
        cursorShapes.openCaseQueue(),
      );
    },

    /** The customer's portal list, newest first; `statuses` narrows it. */
    async listCustomerCases(
      customerId: string,
      limit: number,
      cursor?: Record<string, string>,
      statuses?: readonly CaseStatus[],
    ) {
      const index = TABLE_DESIGN.indexes.customerCases;
      const filter = statuses?.length
        ? {
            FilterExpression: `#status IN (${statuses.map((_, i) => `:s${i}`).join(", ")})`,
            ExpressionAttributeNames: { "#status": "status" },
          }
        : {};
      return casePage(
        {
          IndexName: index.name,
          KeyConditionExpression: "gsi1pk = :customer",
          ...filter,
          ExpressionAttributeValues: {
            ":customer": keys.customerCasesOf(customerId).gsi1pk,
            ...Object.fromEntries((statuses ?? []).map((status, i) => [`:s${i}`, status])),
          },
          ScanIndexForward: false,
          ExclusiveStartKey: cursor,
        },
        limit,
        cursorShapes.customerCases(customerId),
      );
    },
  };
}
