import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";

const HEADER = `/**
 * The API's types (paths, operations, components), generated from openapi.json by
 * openapi-typescript when \`npm run docs\` runs; a unit test fails when they are stale. Do not edit.
 */

`;

/**
 * The TypeScript types of the API document, for the openapi-fetch client (client/api.ts). This
 * module lives in the openapi-typescript workspace: the generator needs TypeScript 5's compiler
 * API, which it resolves from here.
 */
export async function renderOpenApiTypes(document: string): Promise<string> {
  // Linting is `npm run lint:api`'s job (with the repository's rules and exemptions).
  const ast = await openapiTS(JSON.parse(document) as OpenAPI3, { silent: true });
  return HEADER + astToString(ast);
}
