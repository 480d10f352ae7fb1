import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { keys, withoutKeys } from "./keys";
import { queryAllByPrefix } from "./queries";
import { refreshSupportedVersions } from "./supported-versions";

/** One build of a product the vendor published; the file itself lives in the files bucket. */
export const ReleaseRecord = z.object({
  productId: z.string(),
  version: z.string(),
  build: z.number(),
  sizeBytes: z.number(),
  releasedOn: z.string(),
  notes: z.string(),
  /** The structured release notes (issue 15); older releases have `notes` only. */
  whatsNew: z.optional(z.string()),
  knownIssues: z.optional(z.string()),
  installationNotes: z.optional(z.string()),
  fileKey: z.string(),
  publishedAt: z.string(),
});
export type ReleaseRecord = z.infer<typeof ReleaseRecord>;

/** "12.1" → "000012.000001": sorts by number, so a query returns builds newest first. */
function sortableVersion(version: string): string {
  return version
    .split(".")
    .map((segment) => segment.padStart(6, "0"))
    .join(".");
}

export function releaseRepository(db: DynamoDBDocumentClient, tableName: string) {
  /** Every build of a product, newest version and build first. */
  async function listNewestFirst(productId: string): Promise<ReleaseRecord[]> {
    const items = await queryAllByPrefix(db, tableName, keys.releasesOf(productId), "newest-first");
    return items.map((item) => ReleaseRecord.parse(withoutKeys(item)));
  }

  return {
    /**
     * Publishing the same version and build again replaces its metadata (a corrected note, a
     * re-upload). The product's supported versions follow its releases.
     */
    async publish(release: ReleaseRecord): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.release(release.productId, sortableVersion(release.version), release.build),
            ...release,
          },
        }),
      );
      await refreshSupportedVersions(db, tableName, release.productId, async () =>
        (await listNewestFirst(release.productId)).map((r) => r.version),
      );
    },

    async load(productId: string, version: string, build: number): Promise<ReleaseRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.release(productId, sortableVersion(version), build),
          ConsistentRead: true,
        }),
      );
      return Item ? ReleaseRecord.parse(withoutKeys(Item)) : undefined;
    },

    listNewestFirst,
  };
}

export type ReleaseRepository = ReturnType<typeof releaseRepository>;
