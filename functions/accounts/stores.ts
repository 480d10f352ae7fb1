import * as z from "zod/mini";
import { profileRepository } from "#repositories/profile-repository";
import { identityProvider as cognito } from "#shared/cognito-client";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { ACCOUNT_ANSWER_FLOOR_MS, USER_POOL_CLIENT_ID, USER_POOL_ID } from "#shared/settings";
import { TABLE_NAME } from "#shared/table-name";
import { identityProvider } from "./identity-provider";

/** The user pool and the profiles, configured once per container for the accounts routes. */
const config = readConfig(z.object({ USER_POOL_ID, USER_POOL_CLIENT_ID, ACCOUNT_ANSWER_FLOOR_MS }));

export const identity = identityProvider(cognito, {
  userPoolId: config.USER_POOL_ID,
  clientId: config.USER_POOL_CLIENT_ID,
});

export const profiles = profileRepository(documentClient, TABLE_NAME);

/** How long sign-up, password reset and resent codes take at least, known address or not. */
export const accountAnswerFloorMs = config.ACCOUNT_ANSWER_FLOOR_MS;
