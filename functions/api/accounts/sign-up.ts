import { PRIVACY_STATEMENT } from "#domain/privacy";
import { publicHandler } from "#shared/http";
import { answerNoSoonerThan } from "../../accounts/even-timing";
import { accountAnswerFloorMs, identity, profiles } from "../../accounts/stores";
import { signUpRoute } from "../routes/sign-up";

/** The same answer, in the same time, whether or not the address had an account: nobody learns which. */
const ACCEPTED = {
  status: 202,
  body: {
    message: "If this address can be used, a confirmation code is on its way to it.",
    privacyStatementVersion: PRIVACY_STATEMENT.version,
  },
};

export const handler = publicHandler(
  signUpRoute,
  async ({ body: { email, password, firstName, lastName, country, language = "en" } }) => {
    await answerNoSoonerThan(accountAnswerFloorMs, async () => {
      const userId = await identity.signUp(email, password);
      if (!userId) return;
      const now = new Date().toISOString();
      // Cognito keeps only the credentials; what the person told us is validated and kept here.
      await profiles.recordSignUp({
        userId,
        email,
        firstName,
        lastName,
        country,
        language,
        privacyConsent: { version: PRIVACY_STATEMENT.version, acceptedAt: now },
        createdAt: now,
        updatedAt: now,
      });
    });
    return ACCEPTED;
  },
);
