/**
 * The one table's design: the single source for CDK (infra/) and the local bootstrap, so
 * the emulator's table is the deployed table.
 */
export const TABLE_DESIGN = {
  partitionKey: "pk",
  sortKey: "sk",
  indexes: {
    /** A customer's cases, newest first: gsi1pk = CUSTOMER#id, gsi1sk = CASE#number. */
    customerCases: { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    /** The agent queue: open cases only (sparse), first response due soonest first. */
    openCaseQueue: { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  },
  /** Follow-ups start and stop from committed changes, read off the stream. */
  streamView: "NEW_AND_OLD_IMAGES",
  timeToLiveAttribute: "expiresAt",
} as const;
