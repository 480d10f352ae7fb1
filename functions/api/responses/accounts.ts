import * as z from "zod/mini";

/** POST /accounts: the same answer whether or not the address had an account. */
export const SignUpAccepted = z.strictObject({
  message: z.string(),
  /** The privacy statement version the consent was recorded with. */
  privacyStatementVersion: z.string(),
});
