import { publicHandler } from "#shared/http";
import { answerNoSoonerThan } from "../../accounts/even-timing";
import { accountAnswerFloorMs, identity } from "../../accounts/stores";
import { requestPasswordResetRoute } from "../routes/request-password-reset";

export const handler = publicHandler(requestPasswordResetRoute, async ({ body: { email } }) => {
  await answerNoSoonerThan(accountAnswerFloorMs, () => identity.requestPasswordReset(email));
  return {
    status: 202,
    body: { message: "If this address has an account, a reset code is on its way to it." },
  };
});
