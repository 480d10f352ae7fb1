import { Stack } from "aws-cdk-lib";
import { Grant, type IGrantable } from "aws-cdk-lib/aws-iam";
import { CfnTemplate, ConfigurationSet, EmailIdentity, Identity } from "aws-cdk-lib/aws-ses";
import { Construct } from "constructs";
import { EMAIL_TEMPLATES } from "../../functions/email/templates";

export interface SupportEmailProps {
  stage: string;
  /** The From address; it (or its domain) must be a verified SES identity. */
  senderAddress: string;
  /** Creates the sender address as an SES identity (SES then mails it a verification link). */
  createSenderIdentity: boolean;
}

/**
 * Outgoing e-mail: a configuration set per stage and every template of EMAIL_TEMPLATES (the
 * local stack loads the same list into its SES). The state machine sends with them directly.
 */
export class SupportEmail extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly senderAddress: string;
  readonly templates: CfnTemplate[];

  constructor(scope: Construct, id: string, props: SupportEmailProps) {
    super(scope, id);
    this.senderAddress = props.senderAddress;
    this.configurationSet = new ConfigurationSet(this, "ConfigurationSet", {
      configurationSetName: `support-center-${props.stage}`,
      reputationMetrics: true,
    });
    this.templates = EMAIL_TEMPLATES.map(
      (template) =>
        new CfnTemplate(this, `Template-${template.name}`, {
          template: {
            templateName: template.name,
            subjectPart: template.subject,
            textPart: template.text,
            htmlPart: template.html,
          },
        }),
    );
    if (props.createSenderIdentity) {
      new EmailIdentity(this, "SenderIdentity", {
        identity: Identity.email(props.senderAddress),
        configurationSet: this.configurationSet,
      });
    }
  }

  /**
   * SES v2 SendEmail with a stored template is authorized against the sending identity, the
   * configuration set and the template. The identity may be the address itself or its domain,
   * so both are listed, and the From address is pinned by condition.
   */
  grantSendTemplatedEmail(grantee: IGrantable): Grant {
    const stack = Stack.of(this);
    const sesArn = (resource: string, resourceName: string) =>
      stack.formatArn({ service: "ses", resource, resourceName });
    const domain = this.senderAddress.split("@")[1] ?? this.senderAddress;
    return Grant.addToPrincipal({
      grantee,
      actions: ["ses:SendEmail"],
      resourceArns: [
        sesArn("identity", this.senderAddress),
        sesArn("identity", domain),
        sesArn("configuration-set", this.configurationSet.configurationSetName),
        ...EMAIL_TEMPLATES.map((template) => sesArn("template", template.name)),
      ],
      conditions: { StringEquals: { "ses:FromAddress": this.senderAddress } },
    });
  }
}
