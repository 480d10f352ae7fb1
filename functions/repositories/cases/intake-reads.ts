import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import { type IdempotencyClaim, type IdempotencyRecord, liveIdempotencyRecord } from "../idempotency-records";
import { keys, withoutKeys } from "../keys";
import { LicenseRecord } from "../license-repository";
import { ProfileRecord } from "../profile-repository";
import { SupportedVersionsRecord } from "../supported-versions";
import { lastCaseNumberOf } from "./next-case-number";
import type { CaseTable } from "./table";

/** Everything intake decides on, read at one moment. */
export interface IntakeReads {
  license?: LicenseRecord;
  profile?: ProfileRecord;
  /** The counter as read: the new case takes the number after it (if nobody else takes it first). */
  lastCaseNumber: number;
  /** Each product's supported versions, as far as the summary item has them. */
  supportedVersions: SupportedVersionsRecord["products"];
  /** The first answer to a request with the same Idempotency-Key, if there was one. */
  idempotency?: IdempotencyRecord;
}

type Key = { pk: string; sk: string };
const same = (item: Record<string, unknown>, key: Key) => item.pk === key.pk && item.sk === key.sk;

/**
 * One consistent BatchGetItem for all of intake's reads (license, profile, case-number counter,
 * supported versions, idempotency record), where it used to be up to four requests in a row.
 */
export async function readForIntake(
  { db, tableName }: CaseTable,
  want: {
    serial?: string | undefined;
    profileOf?: string | undefined;
    idempotency?: IdempotencyClaim | undefined;
  },
): Promise<IntakeReads> {
  const license = want.serial ? keys.license(want.serial) : undefined;
  const profile = want.profileOf ? keys.profile(want.profileOf) : undefined;
  const counter = keys.caseNumberCounter();
  const versions = keys.supportedVersions();
  const idempotency = want.idempotency?.key;
  let pending = [license, profile, counter, versions, idempotency].filter((key) => key !== undefined);
  const items: Record<string, unknown>[] = [];
  // A throttled batch hands back what it did not read; those are asked for again.
  while (pending.length > 0) {
    const { Responses, UnprocessedKeys } = await db.send(
      new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
    );
    items.push(...(Responses?.[tableName] ?? []));
    pending = (UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
  }
  const find = (key: Key | undefined) => (key ? items.find((item) => same(item, key)) : undefined);
  const found = { license: find(license), profile: find(profile), versions: find(versions) };
  const record = want.idempotency ? liveIdempotencyRecord(find(idempotency), want.idempotency) : undefined;
  return {
    ...(found.license ? { license: LicenseRecord.parse(withoutKeys(found.license)) } : {}),
    ...(found.profile ? { profile: ProfileRecord.parse(withoutKeys(found.profile)) } : {}),
    lastCaseNumber: lastCaseNumberOf(find(counter)),
    supportedVersions: found.versions ? SupportedVersionsRecord.parse(found.versions).products : {},
    ...(record ? { idempotency: record } : {}),
  };
}
