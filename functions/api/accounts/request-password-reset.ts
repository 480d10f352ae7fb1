import { publicHandler } from "#shared/http";
import { answerNoSoonerThan } from "../../accounts/even-timing";
import { accountAnswerFloorMs, identity } from "../../accounts/stores";
import { ROUTES } from "../routes";

export const handler = publicHandler(ROUTES.requestPasswordReset, async ({ body: { email } }) => {
  await answerNoSoonerThan(accountAnswerFloorMs, () => identity.requestPasswordReset(email));
  return {
    status: 202,
    body: { message: "If this address has an account, a reset code is on its way to it." },
  };
});
