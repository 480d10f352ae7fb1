import { SEVERITIES } from "#domain/severity";
import { publicHandler } from "#shared/http";
import { ROUTES } from "../routes";

export const handler = publicHandler(ROUTES.severities, async () => ({
  status: 200,
  body: { items: Object.entries(SEVERITIES).map(([level, meaning]) => ({ level, meaning })) },
}));
