import { uploadUrl } from "#shared/files";
import { apiHandler } from "#shared/http";
import { releases } from "../products/stores";
import { publishReleaseRoute } from "../routes/publish-release";

/**
 * Records a build and answers with a presigned URL to upload its file to. Publishing a newer
 * version moves the supported window: the oldest supported version drops out.
 */
export const handler = apiHandler(publishReleaseRoute, async ({ body: { fileName, ...release } }) => {
  const fileKey = `releases/${release.productId}/${release.version}/${release.build}/${fileName}`;
  await releases.publish({ ...release, fileKey, publishedAt: new Date().toISOString() });
  return {
    status: 201,
    body: {
      ...release,
      fileKey,
      upload: { method: "PUT", url: await uploadUrl(fileKey, release.sizeBytes) },
    },
  };
});
