import { PublishedRelease } from "../responses/admin";
import { PublishReleaseRequest } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const publishReleaseRoute = {
  method: "POST",
  path: "/admin/releases",
  groups: ["admin"],
  entry: "functions/api/admin/publish-release.ts",
  summary: "Publish a build of a product; answers with an upload URL for its file",
  body: PublishReleaseRequest,
  needs: { table: "write", files: { write: "releases" } },
  tags: ["admin"],
  description:
    "Records a build of a product and answers with a presigned URL (valid an hour) to PUT its file to, of exactly `sizeBytes` bytes. Publishing the same version and build again replaces its metadata. A newer version moves the supported window: only the two newest versions get technical support.",
  responses: { 201: { description: "The release, with its upload URL", body: PublishedRelease } },
  example: {
    body: {
      productId: "acme-backup-server",
      version: "12.1",
      build: 4711,
      sizeBytes: 524288000,
      releasedOn: "2026-11-20",
      notes: "Fixes restores of large virtual machines.",
      fileName: "acme-backup-server-12.1.4711.exe",
    },
  },
} as const satisfies RouteDefinition;
