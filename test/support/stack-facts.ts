import type { JWK } from "jose";

/** One follow-up "day" lasts this many real seconds in tests: the 10-day sequence takes ~5 s. */
export const FOLLOW_UP_DAY_SECONDS_IN_TESTS = 0.5;

export interface LocalStackFacts {
  apiUrl: string;
  sesUrl: string;
  stepFunctionsUrl: string;
  dynamodbUrl: string;
  tableName: string;
  stateMachineArn: string;
  identity: { issuer: string; audience: string; privateJwk: JWK };
}

declare module "vitest" {
  export interface ProvidedContext {
    localStack: LocalStackFacts;
  }
}
