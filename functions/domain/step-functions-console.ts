/**
 * Where the AWS Step Functions console shows one execution (graph, event history, inputs and
 * outputs): what the desk and the README link in AWS; locally the executions console stands in.
 */
export function executionConsoleUrl(executionArn: string, region = regionOfArn(executionArn)): string {
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new Error(`not an AWS region: ${region}`);
  return `https://${region}.console.aws.amazon.com/states/home?region=${region}#/v2/executions/details/${executionArn}`;
}

/** `arn:aws:states:<region>:<account>:execution:<machine>:<name>` → its region. */
export function regionOfArn(arn: string): string {
  const [prefix, partition, service, region] = arn.split(":");
  if (prefix !== "arn" || !partition || service !== "states" || !region) {
    throw new Error(`not a Step Functions ARN: ${arn}`);
  }
  return region;
}
