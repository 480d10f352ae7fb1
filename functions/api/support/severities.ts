import { SEVERITIES } from "#domain/severity";
import { publicHandler } from "#shared/http";
import { severitiesRoute } from "../routes/severities";

export const handler = publicHandler(severitiesRoute, async () => ({
  status: 200,
  body: { items: Object.entries(SEVERITIES).map(([level, meaning]) => ({ level, meaning })) },
}));
