import * as z from "zod/mini";

/** POST /accounts: the same answer whether or not the address had an account. */
export const SignUpAccepted = z
  .strictObject({
    message: z.string(),
    privacyStatementVersion: z
      .string()
      .check(z.describe("The version of the privacy statement the consent was recorded with")),
  })
  .check(z.meta({ id: "SignUpAccepted" }));
