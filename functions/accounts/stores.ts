import * as z from "zod/mini";
import { profileRepository } from "#repositories/profile-repository";
import { identityProvider as cognito, documentClient } from "#shared/clients";
import { readConfig } from "#shared/config";
import { identityProvider } from "./identity-provider";

/** The user pool and the profiles, configured once per container for the accounts routes. */
const config = readConfig(
  z.object({
    TABLE_NAME: z.string().check(z.minLength(1)),
    USER_POOL_ID: z.string().check(z.minLength(1)),
    USER_POOL_CLIENT_ID: z.string().check(z.minLength(1)),
  }),
);

export const identity = identityProvider(cognito, {
  userPoolId: config.USER_POOL_ID,
  clientId: config.USER_POOL_CLIENT_ID,
});

export const profiles = profileRepository(documentClient, config.TABLE_NAME);
