import * as z from "zod/mini";
import { profileRepository } from "#repositories/profile-repository";
import { identityProvider as cognito } from "#shared/cognito-client";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { TableNameSetting } from "#shared/table-name";
import { identityProvider } from "./identity-provider";

/** The user pool and the profiles, configured once per container for the accounts routes. */
const config = readConfig(
  z.object({
    TABLE_NAME: TableNameSetting,
    USER_POOL_ID: z.string().check(z.minLength(1)),
    USER_POOL_CLIENT_ID: z.string().check(z.minLength(1)),
    // Above the slowest sign-up or password-reset request seen in AWS (Cognito answers in a few
    // hundred milliseconds); the local stack, whose emulator answers in tens, sets less.
    ACCOUNT_ANSWER_FLOOR_MS: z._default(
      z.pipe(z.string().check(z.regex(/^\d+$/, "must be a number of milliseconds")), z.transform(Number)),
      1000,
    ),
  }),
);

export const identity = identityProvider(cognito, {
  userPoolId: config.USER_POOL_ID,
  clientId: config.USER_POOL_CLIENT_ID,
});

export const profiles = profileRepository(documentClient, config.TABLE_NAME);

/** How long sign-up, password reset and resent codes take at least, known address or not. */
export const ACCOUNT_ANSWER_FLOOR_MS = config.ACCOUNT_ANSWER_FLOOR_MS;
