import { publicHandler } from "#shared/http";
import { answerNoSoonerThan } from "../../accounts/even-timing";
import { accountAnswerFloorMs, identity } from "../../accounts/stores";
import { ROUTES } from "../routes";

export const handler = publicHandler(ROUTES.resendConfirmationCode, async ({ body: { email } }) => {
  await answerNoSoonerThan(accountAnswerFloorMs, () => identity.resendConfirmationCode(email));
  return {
    status: 202,
    body: { message: "If this address awaits confirmation, a new code is on its way to it." },
  };
});
