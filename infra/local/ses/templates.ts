import { CreateEmailTemplateCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { EMAIL_TEMPLATES } from "#email/templates";
import { LOCAL_AWS } from "../aws";

/** Loads every e-mail template into the local SES, from the same source CDK deploys. */
export async function createEmailTemplates(endpoint: string): Promise<void> {
  const ses = new SESv2Client({ ...LOCAL_AWS, endpoint });
  try {
    for (const template of EMAIL_TEMPLATES) {
      await ses.send(
        new CreateEmailTemplateCommand({
          TemplateName: template.name,
          TemplateContent: { Subject: template.subject, Text: template.text, Html: template.html },
        }),
      );
    }
  } finally {
    ses.destroy();
  }
}
