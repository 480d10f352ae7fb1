import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { TABLE_DESIGN } from "#repositories/table-design";

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");

/** Digits of a DynamoDB number: about one byte per two significant digits, plus one. */
const numberSize = (text: string) =>
  Math.ceil(text.replace(/[-.]|e.*$/gi, "").replace(/^0+/, "").length / 2) + 1;

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if (value.NS) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if (value.BS) return value.BS.reduce((sum, b) => sum + b.length, 0);
  if (value.L) return 3 + value.L.reduce((sum, v) => sum + 1 + valueSize(v), 0);
  if (value.M) return 3 + attributesSize(value.M) + Object.keys(value.M).length;
  return 0;
}

function attributesSize(attributes: Record<string, AttributeValue>): number {
  return Object.entries(attributes).reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);
}

/** An item's size by DynamoDB's published rules (names + values), from a plain JavaScript item. */
export function itemBytes(item: Record<string, unknown>): number {
  return attributesSize(marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true }));
}

/** The table's global secondary indexes an item appears in (both its index keys present; projection ALL). */
export function indexesOf(item: Record<string, unknown>): number {
  return Object.values(TABLE_DESIGN.indexes).filter(
    (index) => item[index.partitionKey] !== undefined && item[index.sortKey] !== undefined,
  ).length;
}
