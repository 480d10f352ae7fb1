import * as z from "zod/mini";
import { readConfig } from "#shared/config";
import { codeInMail } from "../local/cognito/code-mail";

/**
 * `npm run -s latest-code -- <address>`: prints the last code (confirmation, password reset,
 * temporary password) the local stack mailed to an address, as read from its mail viewer
 * (`MAIL_VIEWER`, which `.local/tokens.env` sets; default `npm start`'s). Waits a few seconds
 * for it, so it can follow the request that sends the code.
 */
const config = readConfig(
  z.object({ MAIL_VIEWER: z._default(z.string().check(z.url()), "http://127.0.0.1:8005") }),
);
const StoredMails = z.object({
  emails: z.array(
    z.object({
      subject: z.string(),
      destination: z.object({ to: z.array(z.string()) }),
      body: z.object({ text: z.optional(z.string()) }),
    }),
  ),
});

const address = (process.argv[2] ?? "").toLowerCase();
if (!address.includes("@")) {
  console.error("usage: npm run -s latest-code -- <e-mail address>");
  process.exit(2);
}

async function latestCode(): Promise<string | undefined> {
  const answer = await fetch(`${config.MAIL_VIEWER}/store`);
  const { emails } = StoredMails.parse(await answer.json());
  return emails
    .filter((mail) => mail.destination.to.some((to) => to.toLowerCase() === address))
    .map(codeInMail)
    .findLast((code) => code !== undefined);
}

const deadline = Date.now() + 10_000;
let code = await latestCode();
while (code === undefined && Date.now() < deadline) {
  await new Promise((wait) => setTimeout(wait, 200));
  code = await latestCode();
}
if (code === undefined) {
  console.error(`No code was mailed to ${address} (mail viewer ${config.MAIL_VIEWER}).`);
  process.exit(1);
}
console.log(code);
