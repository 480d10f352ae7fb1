import { isSupportedVersion } from "#domain/product-versions";
import { downloadUrl } from "#shared/files";
import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { listDownloadsRoute } from "../routes/list-downloads";
import { releaseView } from "./product-views";
import { licenses, releases } from "./stores";

/** Latest and older builds of a product the caller owns, each with a 15-minute download link. */
export const handler = apiHandler(listDownloadsRoute, async ({ path: { serial } }, caller) => {
  const license = await licenses.load(serial);
  // Someone else's serial answers exactly like an unknown one.
  if (license?.ownerId !== caller.id)
    throw problems.notFound(`No product with serial ${serial} is registered to you.`);
  const builds = await releases.listNewestFirst(license.productId);
  const versions = builds.map((b) => b.version);
  const items = await Promise.all(
    builds.map(async (build) => ({
      ...releaseView(build, isSupportedVersion(build.version, versions)),
      download: {
        url: await downloadUrl(build.fileKey, build.fileKey.split("/").at(-1) ?? "download"),
        expiresInSeconds: 900,
      },
    })),
  );
  return {
    status: 200,
    body: { serial, productId: license.productId, productName: license.productName, items },
  };
});
