import { Duration, Stack } from "aws-cdk-lib";
import { Metric, type MetricOptions } from "aws-cdk-lib/aws-cloudwatch";
import { Grant, type IGrantable } from "aws-cdk-lib/aws-iam";
import {
  CfnTemplate,
  CloudWatchDimensionSource,
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from "aws-cdk-lib/aws-ses";
import { Construct } from "constructs";
import { EMAIL_TEMPLATES } from "#email/templates";

export interface SupportEmailProps {
  stage: string;
  /** The From address; it (or its domain) must be a verified SES identity. */
  senderAddress: string;
  /** Creates the sender address as an SES identity (SES then mails it a verification link). */
  createSenderIdentity: boolean;
}

/**
 * What the configuration set's CloudWatch event destination counts, under these metric names
 * in AWS/SES. Rendering failures matter most to us: SendEmail has already succeeded when a
 * template fails to render, so the follow-up looks sent but never leaves.
 */
export const EMAIL_EVENTS = {
  Send: EmailSendingEvent.SEND,
  Delivery: EmailSendingEvent.DELIVERY,
  Bounce: EmailSendingEvent.BOUNCE,
  Complaint: EmailSendingEvent.COMPLAINT,
  Reject: EmailSendingEvent.REJECT,
  RenderingFailure: EmailSendingEvent.RENDERING_FAILURE,
  DeliveryDelay: EmailSendingEvent.DELIVERY_DELAY,
} as const;

export type EmailEventMetric = keyof typeof EMAIL_EVENTS;

/**
 * The dimension SES publishes the events under: its automatic message tag naming the
 * configuration set, so each stage's mail is counted apart even in one account.
 */
export const EMAIL_METRICS_DIMENSION = "ses:configuration-set";

/**
 * Outgoing e-mail: a configuration set per stage and every template of EMAIL_TEMPLATES (the
 * local stack loads the same list into its SES). The state machine sends with them directly.
 * The configuration set publishes sends, deliveries, bounces, complaints and failures to
 * CloudWatch, where the dashboard shows them and alarms watch bounces and complaints.
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
    this.configurationSet.addEventDestination("CloudWatch", {
      destination: EventDestination.cloudWatchDimensions([
        {
          name: EMAIL_METRICS_DIMENSION,
          source: CloudWatchDimensionSource.MESSAGE_TAG,
          // SES always sets the tag; the default only names the same set if it ever did not.
          defaultValue: this.configurationSet.configurationSetName,
        },
      ]),
      events: Object.values(EMAIL_EVENTS),
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

  /** One of the configuration set's e-mail events (a count, summed over `period`). */
  metric(event: EmailEventMetric, options: MetricOptions = {}): Metric {
    return new Metric({
      namespace: "AWS/SES",
      metricName: event,
      dimensionsMap: { [EMAIL_METRICS_DIMENSION]: this.configurationSet.configurationSetName },
      statistic: "Sum",
      period: Duration.minutes(5),
      ...options,
    });
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
