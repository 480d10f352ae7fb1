/**
 * The ASL files, relative to the repository root, and the `${Name}` placeholders each one has:
 * the deployed stack fills them through CDK's definitionSubstitutions, the local Step Functions
 * endpoint (infra/local/step-functions) with the same names, so both run the same text.
 */
export const FOLLOW_UP_DEFINITION_FILE = "statemachines/case-follow-up.asl.json";
export const NOTICES_DEFINITION_FILE = "statemachines/release-notices.asl.json";

export const FOLLOW_UP_SUBSTITUTIONS = ["TableName", "SenderAddress", "ConfigurationSetName"] as const;
export const NOTICES_SUBSTITUTIONS = [
  "TableName",
  "SendNoticeFunctionArn",
  "SubscriberPageFunctionArn",
] as const;

export type FollowUpSubstitutions = Record<(typeof FOLLOW_UP_SUBSTITUTIONS)[number], string>;
export type NoticesSubstitutions = Record<(typeof NOTICES_SUBSTITUTIONS)[number], string>;
