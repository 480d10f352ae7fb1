/** Every key of the table is built here, so key formats live in exactly one place. */
export const keys = {
  case: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, sk: "CASE" }),
  caseEvent: (caseNumber: string, at: string, eventId: string) => ({
    pk: `CASE#${caseNumber}`,
    sk: `${EVENT_PREFIX}${at}#${eventId}`,
  }),
  caseEventsOf: (caseNumber: string) => ({ pk: `CASE#${caseNumber}`, skPrefix: EVENT_PREFIX }),
  caseNumberCounter: () => ({ pk: "COUNTER#case-number", sk: "COUNTER" }),
  customerCase: (customerId: string, caseNumber: string) => ({
    gsi1pk: `CUSTOMER#${customerId}`,
    gsi1sk: `CASE#${caseNumber}`,
  }),
  customerCasesOf: (customerId: string) => ({ gsi1pk: `CUSTOMER#${customerId}` }),
  profile: (userId: string) => ({ pk: `USER#${userId}`, sk: "PROFILE" }),
};

const EVENT_PREFIX = "EVENT#";

/** The case key as DynamoDB's typed JSON, for callers that speak the low-level API (the state machine). */
export function typedCaseKey(caseNumber: string) {
  const { pk, sk } = keys.case(caseNumber);
  return { pk: { S: pk }, sk: { S: sk } };
}

/** Drops the table's own attributes (keys, index keys) from an item. */
export function withoutKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest;
}
