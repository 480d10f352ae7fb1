import { RemovalPolicy, Stack } from "aws-cdk-lib";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { AccountRecovery, UserPool, type UserPoolClient } from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { GROUPS, type Group } from "../../functions/shared/caller";

export interface SupportIdentityProps {
  stage: string;
}

// Precedence decides Cognito's role claim when a user is in several groups: the lowest wins.
const GROUP_SETTINGS: Record<Group, { description: string; precedence: number }> = {
  admin: { description: "Administrators", precedence: 0 },
  agent: { description: "Support engineers: answer cases", precedence: 1 },
  customer: { description: "Customers: register products and open support cases", precedence: 2 },
};

/**
 * Who may call the API: a Cognito user pool (sign-in by e-mail, self sign-up) with the route
 * table's groups, and one public app client whose ID tokens the HTTP API's JWT authorizer
 * accepts. Accounts come later; this is the minimal real pool they will build on.
 */
export class SupportIdentity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** The token issuer, as the JWT authorizer compares it with the `iss` claim. */
  readonly issuer: string;

  constructor(scope: Construct, id: string, props: SupportIdentityProps) {
    super(scope, id);
    this.userPool = new UserPool(this, "UserPool", {
      userPoolName: `support-center-${props.stage}`,
      signInAliases: { email: true },
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      // The e-mail claim is who a case belongs to: an unverified change must not replace it.
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of GROUPS) {
      this.userPool.addGroup(`${group}Group`, { groupName: group, ...GROUP_SETTINGS[group] });
    }
    this.client = this.userPool.addClient("PortalClient", {
      generateSecret: false,
      authFlows: { userSrp: true },
      // No hosted UI yet: without this CDK enables the implicit grant with a placeholder callback.
      disableOAuth: true,
      preventUserExistenceErrors: true,
    });
    const stack = Stack.of(this);
    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
  }

  /** Checks issuer, audience (the app client) and expiry; group checks are the handlers' job. */
  jwtAuthorizer(): HttpJwtAuthorizer {
    return new HttpJwtAuthorizer("CognitoJwt", this.issuer, {
      jwtAudience: [this.client.userPoolClientId],
    });
  }
}
