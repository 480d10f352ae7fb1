/** The console's host per partition: China's regions have their own (amazonaws.cn). */
const CONSOLE_HOSTS: Record<string, string> = {
  aws: "console.aws.amazon.com",
  "aws-cn": "console.amazonaws.cn",
  "aws-us-gov": "console.amazonaws-us-gov.com",
};

/**
 * Where the AWS Step Functions console shows one execution (graph, event history, inputs and
 * outputs): what the desk and the README link in AWS; locally the executions console stands in.
 */
export function executionConsoleUrl(executionArn: string, region = partsOfArn(executionArn).region): string {
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new Error(`not an AWS region: ${region}`);
  const host = CONSOLE_HOSTS[partsOfArn(executionArn).partition];
  if (!host) throw new Error(`no console known for the partition of ${executionArn}`);
  return `https://${region}.${host}/states/home?region=${region}#/v2/executions/details/${executionArn}`;
}

/** The same execution in the local executions console (`npm start` serves it at /console/). */
export function localExecutionUrl(localConsoleUrl: string, executionArn: string): string {
  return `${new URL("execution", localConsoleUrl)}?${new URLSearchParams({ arn: executionArn })}`;
}

/** `arn:<partition>:states:<region>:<account>:execution:<machine>:<name>` → partition and region. */
export function partsOfArn(arn: string): { partition: string; region: string } {
  const [prefix, partition, service, region] = arn.split(":");
  if (prefix !== "arn" || !partition || service !== "states" || !region) {
    throw new Error(`not a Step Functions ARN: ${arn}`);
  }
  return { partition, region };
}
