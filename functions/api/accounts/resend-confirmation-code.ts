import { publicHandler } from "#shared/http";
import { answerNoSoonerThan } from "../../accounts/even-timing";
import { accountAnswerFloorMs, identity } from "../../accounts/stores";
import { resendConfirmationCodeRoute } from "../routes/resend-confirmation-code";

export const handler = publicHandler(resendConfirmationCodeRoute, async ({ body: { email } }) => {
  await answerNoSoonerThan(accountAnswerFloorMs, () => identity.resendConfirmationCode(email));
  return {
    status: 202,
    body: { message: "If this address awaits confirmation, a new code is on its way to it." },
  };
});
