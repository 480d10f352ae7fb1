import { Stack, Validations } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/**
 * cdk-nag 3 reads acknowledgments from CDK's own Validations metadata (there is no
 * NagSuppressions any more). Every acknowledgment in this project goes through here: one
 * rule (or one finding of a rule) on one construct, with the reason written next to it.
 */
export function acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: ruleId, reason });
}

/**
 * The finding id cdk-nag gives a wildcard resource of IAM5, e.g.
 * `AwsSolutions-IAM5[Resource::<FilesBucket7C17EE2E.Arn>/releases/*]`: the resource with its
 * tokens resolved and flattened the way cdk-nag flattens them, so one acknowledgment covers
 * exactly that resource and nothing else.
 */
export function wildcardResourceFinding(scope: IConstruct, resource: string): string {
  return `AwsSolutions-IAM5[Resource::${flatten(Stack.of(scope).resolve(resource))}]`;
}

/** The same flattening as cdk-nag's own (Join, Sub, GetAtt, Ref), which it does not export. */
function flatten(node: unknown): string {
  if (node === undefined) return "";
  if (typeof node === "string") return node.replace(/\$\{/g, "<").replace(/\}/g, ">");
  if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (Array.isArray(record["Fn::Join"])) {
      const [delimiter, items] = record["Fn::Join"] as [string, unknown[]];
      return items.map(flatten).join(delimiter);
    }
    if ("Fn::Sub" in record) return flatten(record["Fn::Sub"]);
    if (Array.isArray(record["Fn::GetAtt"])) {
      const [resource, attribute] = record["Fn::GetAtt"] as [unknown, unknown];
      return `<${flatten(resource)}.${flatten(attribute)}>`;
    }
    if ("Fn::ImportValue" in record) return flatten(record["Fn::ImportValue"]);
    if ("Ref" in record) return `<${flatten(record.Ref)}>`;
  }
  return JSON.stringify(node);
}
