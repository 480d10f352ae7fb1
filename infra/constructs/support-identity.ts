import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  type ICustomAttribute,
  type PasswordPolicy,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolEmail,
  type UserPoolProps,
  VerificationEmailStyle,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { PASSWORD_POLICY } from "#domain/password-policy";
import { GROUPS, type Group } from "#shared/caller";
import { acknowledge } from "./nag";

/** Cognito sends its e-mails (codes, invitations) through SES from this sender. */
export interface CognitoSesSender {
  /** A verified SES identity (the address itself: Cognito's source ARN names it). */
  address: string;
  configurationSetName: string;
}

export interface SupportIdentityProps {
  stage: string;
  /** Named in the e-mails Cognito sends. */
  vendorName: string;
  /** PLUS feature plan with threat protection enforced; false falls back to ESSENTIALS. */
  threatProtection: boolean;
  /** Send Cognito's e-mails through SES; without it Cognito's default e-mail is used. */
  sesSender?: CognitoSesSender;
}

// Precedence decides Cognito's role claim when a user is in several groups: the lowest wins.
// Gaps of ten leave room for a group in between without renumbering.
const GROUP_SETTINGS: Record<Group, { description: string; precedence: number }> = {
  admin: { description: "Administrators: create support engineer accounts", precedence: 0 },
  agent: { description: "Support engineers: answer cases", precedence: 10 },
  customer: { description: "Customers: register products and open support cases", precedence: 20 },
};

/**
 * Profile attributes beyond Cognito's standard ones. Nothing writes them any more (profiles and
 * consent live in the table, from the sign-up record); they stay because a pool's schema cannot
 * shrink.
 */
const CUSTOM_ATTRIBUTES: Record<string, ICustomAttribute> = {
  // ISO 3166-1 alpha-2; the API validates the code itself.
  country: new StringAttribute({ maxLen: 2, mutable: true }),
  // Which privacy statement the customer accepted, and when (ISO 8601).
  consent_version: new StringAttribute({ mutable: true }),
  consent_at: new StringAttribute({ mutable: true }),
};

/** What the app client may read. */
const PROFILE_ATTRIBUTES = new ClientAttributes()
  .withStandardAttributes({ email: true, givenName: true, familyName: true })
  .withCustomAttributes(...Object.keys(CUSTOM_ATTRIBUTES));

/**
 * What the app client may write (SignUp, UpdateUserAttributes): the address, nothing else. Not
 * email_verified, names or custom:*: admin calls write what Cognito keeps beyond that.
 */
const WRITABLE_ATTRIBUTES = new ClientAttributes().withStandardAttributes({ email: true });

/** PASSWORD_POLICY as Cognito wants it: the API checks the same rules, so they are never restated. */
function cognitoPasswordPolicy(): PasswordPolicy {
  return {
    minLength: PASSWORD_POLICY.minLength,
    requireLowercase: PASSWORD_POLICY.requireLowercase,
    requireUppercase: PASSWORD_POLICY.requireUppercase,
    requireDigits: PASSWORD_POLICY.requireDigits,
    requireSymbols: PASSWORD_POLICY.requireSymbols,
    tempPasswordValidity: Duration.days(PASSWORD_POLICY.temporaryPasswordValidityDays),
  };
}

/**
 * Threat protection (compromised credentials, adaptive authentication) needs the PLUS plan,
 * which is billed per monthly active user on top of ESSENTIALS and is not offered in every
 * region: `-c threatProtection=false` turns it off.
 */
function threatProtection(
  enabled: boolean,
): Pick<UserPoolProps, "featurePlan" | "standardThreatProtectionMode"> {
  if (!enabled) return { featurePlan: FeaturePlan.ESSENTIALS };
  return {
    featurePlan: FeaturePlan.PLUS,
    standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
  };
}

/**
 * Cognito's default e-mail sends from no-reply@verificationemail.com with a small daily quota:
 * fine for trying things out, not for customers. SES sends from our address, through the
 * configuration set that also carries the follow-ups.
 */
function cognitoEmail(sesSender: CognitoSesSender | undefined, vendorName: string): UserPoolEmail {
  if (!sesSender) return UserPoolEmail.withCognito();
  return UserPoolEmail.withSES({
    fromEmail: sesSender.address,
    fromName: `${vendorName} Support`,
    configurationSetName: sesSender.configurationSetName,
  });
}

/**
 * Who may call the API: a Cognito user pool (e-mail as user name, self sign-up confirmed by an
 * e-mailed code) with the route table's groups, and one confidential app client. Only the API's
 * own functions hold its secret (they read it from Cognito at run time), so sign-up, sign-in and
 * every code go through the API, its validation and its throttles; the HTTP API's JWT authorizer
 * accepts the client's ID tokens.
 */
export class SupportIdentity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** The token issuer, as the JWT authorizer compares it with the `iss` claim. */
  readonly issuer: string;

  constructor(scope: Construct, id: string, props: SupportIdentityProps) {
    super(scope, id);
    this.userPool = this.createUserPool(props);
    acknowledge(
      this.userPool,
      "AwsSolutions-COG2",
      "Customers sign in through our API with e-mail and password (USER_PASSWORD_AUTH), which answers only the new-password challenge; required MFA would lock every customer out until the API offers TOTP enrolment. Threat protection (adaptive authentication, compromised credentials) and the throttled credential routes guard sign-in meanwhile.",
    );
    if (!props.threatProtection) {
      acknowledge(
        this.userPool,
        "AwsSolutions-COG8",
        "The operator turned threat protection off (-c threatProtection=false): the PLUS feature plan is billed per active user and not offered in every region. The default deployment keeps it on.",
      );
    }
    for (const group of GROUPS) {
      this.userPool.addGroup(`${group}Group`, { groupName: group, ...GROUP_SETTINGS[group] });
    }
    this.client = this.createApiClient();
    const stack = Stack.of(this);
    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
  }

  /** Checks issuer, audience (the app client) and expiry; group checks are the handlers' job. */
  jwtAuthorizer(): HttpJwtAuthorizer {
    return new HttpJwtAuthorizer("CognitoJwt", this.issuer, {
      jwtAudience: [this.client.userPoolClientId],
    });
  }

  private createUserPool(props: SupportIdentityProps): UserPool {
    const { vendorName } = props;
    return new UserPool(this, "UserPool", {
      userPoolName: `support-center-${props.stage}`,
      signInAliases: { email: true },
      // Customers type their address as they like: Jane@Example.com is jane@example.com.
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      // The e-mail claim is who a case belongs to: an unverified change must not replace it.
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        // Not required: "required" can never be undone on a pool, and the API checks names itself.
        givenName: { required: false, mutable: true },
        familyName: { required: false, mutable: true },
      },
      customAttributes: CUSTOM_ATTRIBUTES,
      passwordPolicy: cognitoPasswordPolicy(),
      // Cognito sends this message for sign-up confirmation and for password reset codes alike.
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: `Your ${vendorName} support code`,
        emailBody:
          `Your ${vendorName} support code is {####}. ` +
          "Enter it where you asked for it to confirm your e-mail address or to reset your password. " +
          "If you did not ask for a code, you can ignore this e-mail.",
      },
      // Administrators create support engineer accounts; Cognito mails the temporary password.
      userInvitation: {
        emailSubject: `Your ${vendorName} support account`,
        emailBody:
          `An account was created for you at ${vendorName} support. ` +
          "Sign in with {username} and the temporary password {####}, then choose your own password. " +
          `The temporary password expires in ${PASSWORD_POLICY.temporaryPasswordValidityDays} days.`,
      },
      email: cognitoEmail(props.sesSender, vendorName),
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      ...threatProtection(props.threatProtection),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  private createApiClient(): UserPoolClient {
    return this.userPool.addClient("PortalClient", {
      // Confidential client: Cognito refuses SignUp, InitiateAuth and the rest without proof of
      // the secret (SECRET_HASH), which only our functions can compute.
      generateSecret: true,
      // Our API receives the password and passes it on, so plain USER_PASSWORD_AUTH (over TLS)
      // plus refresh: no SRP, and no admin flow whose IAM grant could sign in as anyone.
      authFlows: { userPassword: true, adminUserPassword: false, userSrp: false },
      // No hosted UI yet: without this CDK enables the implicit grant with a placeholder callback.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      // Sign-out and password reset revoke every refresh token of the user (global sign-out).
      enableTokenRevocation: true,
      // Short ID tokens: sign-out cannot revoke an ID token already issued, and the API's JWT
      // authorizer checks only signature and expiry, so 15 minutes bound how long one outlives a
      // sign-out or a reset. The refresh token keeps a session going for a month without a password.
      idTokenValidity: Duration.minutes(15),
      accessTokenValidity: Duration.minutes(15),
      refreshTokenValidity: Duration.days(30),
      readAttributes: PROFILE_ATTRIBUTES,
      writeAttributes: WRITABLE_ATTRIBUTES,
    });
  }
}
