import type { Template } from "aws-cdk-lib/assertions";
import { expect } from "vitest";
import type { RouteDefinition } from "#api/routes";
import { routeKey, template } from "./stack-synth";

/** Reading the synthesized templates: resources by type and id, roles and what they grant. */

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

export interface CfnResource {
  Type: string;
  Properties: Record<string, unknown>;
}

export function resources(type: string): [string, CfnResource][] {
  return Object.entries(template.findResources(type)) as [string, CfnResource][];
}

/** The project's own functions: not CDK's BucketDeployment handler (Python, CDK's code). */
export function ownFunctions(): [string, CfnResource][] {
  return resources("AWS::Lambda::Function").filter(([id]) => !id.startsWith("CustomCDKBucketDeployment"));
}

export function only(type: string): [string, CfnResource] {
  const found = resources(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

export function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

export function logicalIdOf(type: string): string {
  return only(type)[0];
}

/** Every statement of every IAM policy document in the template, with the roles it is attached to. */
export function allStatements(): { roles: string[]; statement: Statement }[] {
  const fromPolicies = resources("AWS::IAM::Policy").flatMap(([, policy]) => {
    const roles = asList((policy.Properties.Roles ?? []) as { Ref: string }[]).map((role) => role.Ref);
    const document = policy.Properties.PolicyDocument as { Statement: Statement[] };
    return document.Statement.map((statement) => ({ roles, statement }));
  });
  const inlineInRoles = resources("AWS::IAM::Role").flatMap(([roleId, role]) =>
    ((role.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((policy) =>
      policy.PolicyDocument.Statement.map((statement) => ({ roles: [roleId], statement })),
    ),
  );
  return [...fromPolicies, ...inlineInRoles];
}

export function statementsOfRole(roleId: string): Statement[] {
  return allStatements()
    .filter(({ roles }) => roles.includes(roleId))
    .map(({ statement }) => statement);
}

export function roleOfFunction(functionId: string): string {
  const fn = template.findResources("AWS::Lambda::Function")[functionId] as CfnResource;
  return (fn.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
}

export function roleOfStateMachine(stateMachine: CfnResource): string {
  return (stateMachine.Properties.RoleArn as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
}

export function inboundFunctionId(): string {
  const found = resources("AWS::Lambda::Function").filter(([id]) =>
    id.startsWith("InboundMailInboundMailFunction"),
  );
  expect(found).toHaveLength(1);
  return found[0]![0];
}

/** The follow-up's state machine (the release-notices one sits beside it). */
export function followUpStateMachine(): [string, CfnResource] {
  const found = resources("AWS::StepFunctions::StateMachine").filter(([id]) => id.startsWith("FollowUp"));
  expect(found).toHaveLength(1);
  return found[0]!;
}

export function functionIdStartingWith(prefix: string): string {
  const found = resources("AWS::Lambda::Function").filter(([id]) => id.startsWith(prefix));
  expect(found, prefix).toHaveLength(1);
  return found[0]![0];
}

export function consumerFunctionId(): string {
  const found = resources("AWS::Lambda::Function").filter(([id]) => id.startsWith("FollowUpStreamConsumer"));
  expect(found).toHaveLength(1);
  return found[0]![0];
}

export const getAtt = (logicalId: string, attribute: string) => ({ "Fn::GetAtt": [logicalId, attribute] });

/** The function serving a route: its description starts with the route key. */
export function routeFunctionId(route: RouteDefinition): string {
  const found = resources("AWS::Lambda::Function").filter(([, fn]) =>
    String(fn.Properties.Description).startsWith(`${routeKey(route)}:`),
  );
  expect(found, routeKey(route)).toHaveLength(1);
  return found[0]![0];
}

/** Every action a role may perform on a service ("dynamodb"), with the statements granting them. */
export function serviceGrants(
  roleId: string,
  service: string,
): { actions: string[]; statements: Statement[] } {
  const statements = statementsOfRole(roleId).filter((s) =>
    asList(s.Action).some((action) => action.startsWith(`${service}:`)),
  );
  return { actions: statements.flatMap((s) => asList(s.Action)).sort(), statements };
}

export function onlyResource(type: string, from: Template): CfnResource {
  const found = Object.values(from.findResources(type)) as CfnResource[];
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

/** Alarm properties by alarm name, in a template. */
export function alarmsByName(from: Template): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.values(from.findResources("AWS::CloudWatch::Alarm")).map((alarm) => [
      String(alarm.Properties.AlarmName),
      alarm.Properties as Record<string, unknown>,
    ]),
  );
}

/** The generated secret whose description starts with `about`. */
export function secretAbout(about: string): string {
  const found = resources("AWS::SecretsManager::Secret").filter(([, secret]) =>
    String(secret.Properties.Description).startsWith(about),
  );
  expect(found, about).toHaveLength(1);
  return found[0]![0];
}

/** The functions whose environment names the secret setting `name` (its ARN). */
export const readersOf = (name: string) =>
  resources("AWS::Lambda::Function").filter(([, fn]) =>
    JSON.stringify(fn.Properties.Environment).includes(`${name}_ARN`),
  );
