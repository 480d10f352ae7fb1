import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { LOCAL_AWS } from "../aws";

const SUBJECTS = {
  confirmation: "Your support center confirmation code",
  "password-reset": "Your support center password reset code",
  "temporary-password": "Your support center temporary password",
  "email-verification": "Your support center e-mail verification code",
} as const;

/** The code in a mail that `mailCode` sent, or undefined for any other mail. */
export function codeInMail(mail: { subject: string; body: { text?: string } }): string | undefined {
  const subject = Object.values(SUBJECTS).find((s) => s === mail.subject);
  const prefix = `${subject}: `;
  return subject && mail.body.text?.startsWith(prefix) ? mail.body.text.slice(prefix.length) : undefined;
}

/**
 * In AWS, Cognito e-mails codes itself; locally they land in the local SES mailbox instead, so a
 * person (and a test) reads them where any other mail of the system arrives.
 */
export async function mailCode(
  sesEndpoint: string,
  to: string,
  kind: keyof typeof SUBJECTS,
  code: string,
  portalUrl?: string,
): Promise<void> {
  const text = `${SUBJECTS[kind]}: ${code}`;
  const link = portalUrl && kind === "confirmation" ? confirmationLink(portalUrl, to, code) : undefined;
  const ses = new SESv2Client({ ...LOCAL_AWS, endpoint: sesEndpoint });
  try {
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: "no-reply@verificationemail.com",
        Destination: { ToAddresses: [to] },
        Content: {
          Simple: {
            Subject: { Data: SUBJECTS[kind] },
            // The text part stays "<subject>: <code>" (codeInMail reads it); the HTML part adds the link.
            Body: {
              Text: { Data: text },
              ...(link ? { Html: { Data: confirmationHtml(text, link) } } : {}),
            },
          },
        },
      }),
    );
  } finally {
    ses.destroy();
  }
}

/** The portal page that confirms the account in one click (email and code in the query). */
export function confirmationLink(portalUrl: string, email: string, code: string): string {
  const url = new URL("confirm", portalUrl.endsWith("/") ? portalUrl : `${portalUrl}/`);
  url.search = new URLSearchParams({ email, code }).toString();
  return url.href;
}

function confirmationHtml(text: string, link: string): string {
  const escaped = (value: string) =>
    value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return `<p>${escaped(text)}</p><p><a href="${escaped(link)}">Confirm your account</a> (or type the code on the confirmation page).</p>`;
}
