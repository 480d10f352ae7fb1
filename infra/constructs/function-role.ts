import {
  type AddToPrincipalPolicyResult,
  PolicyDocument,
  type PolicyStatement,
  Role,
  ServicePrincipal,
} from "aws-cdk-lib/aws-iam";
import type { Construct } from "constructs";

/**
 * A function's role whose grants live inside the role (its inline `Grants` policy) instead of in
 * a separate AWS::IAM::Policy, as CDK's default policy does: the same statements, one resource
 * less per function. With a function per route that is what keeps the stack under
 * CloudFormation's 500 resources per stack.
 */
export class FunctionRole extends Role {
  private readonly inlineGrants: PolicyDocument;

  constructor(scope: Construct, id: string) {
    const grants = new PolicyDocument();
    super(scope, id, {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      inlinePolicies: { Grants: grants },
    });
    this.inlineGrants = grants;
  }

  override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.inlineGrants.addStatements(statement);
    // What depends on the grant depends on the role, which now holds it.
    return { statementAdded: true, policyDependable: this };
  }
}
