import * as z from "zod/mini";
import { identityProvider as cognito } from "#shared/cognito-client";
import { readConfig } from "#shared/config";
import { staffDirectory } from "../../accounts/staff-directory";

const config = readConfig(z.object({ USER_POOL_ID: z.string().check(z.minLength(1)) }));

export const staff = staffDirectory(cognito, config.USER_POOL_ID);

export const AGENT_GROUP = "agent";
