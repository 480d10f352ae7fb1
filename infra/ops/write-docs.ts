import { readFileSync, writeFileSync } from "node:fs";
import { ROUTES } from "../../functions/api/routes";
import { renderOpenApi } from "./openapi";
import { renderRouteTable, withRouteTable } from "./route-docs";

/** `npm run docs`: rewrites the README's API table and openapi.json from the route table. */
const readmePath = new URL("../../README.md", import.meta.url);
writeFileSync(readmePath, withRouteTable(readFileSync(readmePath, "utf8"), renderRouteTable(ROUTES)));
writeFileSync(new URL("../../openapi.json", import.meta.url), renderOpenApi(ROUTES));
