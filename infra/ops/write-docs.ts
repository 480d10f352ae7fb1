import { readFileSync, writeFileSync } from "node:fs";
import { ROUTES } from "#api/routes";
import { renderOpenApiTypes } from "../openapi-typescript/types";
import { renderOpenApi } from "./openapi";
import { renderRouteTable, withRouteTable } from "./route-docs";

/** `npm run docs`: rewrites the README's API table, openapi.json and the client's types from the route table. */
const readmePath = new URL("../../README.md", import.meta.url);
writeFileSync(readmePath, withRouteTable(readFileSync(readmePath, "utf8"), renderRouteTable(ROUTES)));
const document = renderOpenApi(ROUTES);
writeFileSync(new URL("../../openapi.json", import.meta.url), document);
writeFileSync(new URL("../../client/openapi.ts", import.meta.url), await renderOpenApiTypes(document));
