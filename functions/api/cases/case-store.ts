import { z } from "zod/mini";
import { caseRepository } from "#repositories/case-repository";
import { documentClient } from "#shared/clients";
import { readConfig } from "#shared/config";

/** The case repository every case route uses, configured once per container. */
const config = readConfig(z.object({ TABLE_NAME: z.string().check(z.minLength(1)) }));

export const cases = caseRepository(documentClient, config.TABLE_NAME);
