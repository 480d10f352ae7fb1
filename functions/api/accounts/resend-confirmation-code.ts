import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { answerNoSoonerThan } from "../../accounts/even-timing";
import { ACCOUNT_ANSWER_FLOOR_MS, identity } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { EmailOnlyRequest } from "../schemas";

export const handler = publicHandler(ROUTES.resendConfirmationCode, async (event) => {
  const { email } = parseJsonBody(event, EmailOnlyRequest);
  await answerNoSoonerThan(ACCOUNT_ANSWER_FLOOR_MS, () => identity.resendConfirmationCode(email));
  return {
    status: 202,
    body: { message: "If this address awaits confirmation, a new code is on its way to it." },
  };
});
