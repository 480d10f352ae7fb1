import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { PASSWORD_POLICY } from "#domain/password-policy";
import { GROUPS } from "#shared/caller";
import { ROUTE_LIST, routeKey, SENDER, template, useSynthesizedStacks, withOptions } from "./stack-synth";
import { onlyResource, resources, roleOfFunction, routeFunctionId, serviceGrants } from "./template-queries";

useSynthesizedStacks();

describe("identity", () => {
  const userPool = () => onlyResource("AWS::Cognito::UserPool", template).Properties;
  const appClient = () => onlyResource("AWS::Cognito::UserPoolClient", template).Properties;
  const profileAttributes = [
    "custom:consent_at",
    "custom:consent_version",
    "custom:country",
    "email",
    "family_name",
    "given_name",
  ];

  it("is a retained, deletion-protected user pool with e-mail sign-in and the route table's groups", () => {
    template.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({
        DeletionProtection: "ACTIVE",
        UsernameAttributes: ["email"],
        UsernameConfiguration: { CaseSensitive: false },
        AutoVerifiedAttributes: ["email"],
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: false }),
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
      }),
    });
    const groups = resources("AWS::Cognito::UserPoolGroup").map(([, group]) => group.Properties);
    expect(groups.map((group) => group.GroupName).sort()).toEqual([...GROUPS].sort());
    const precedence = Object.fromEntries(groups.map((group) => [group.GroupName, group.Precedence]));
    expect(precedence).toEqual({ admin: 0, agent: 10, customer: 20 });
    for (const group of groups)
      expect(group.Description, String(group.GroupName)).toEqual(expect.any(String));
  });

  it("enforces PASSWORD_POLICY, the rules the API checks itself", () => {
    expect(userPool().Policies).toEqual({
      PasswordPolicy: {
        MinimumLength: PASSWORD_POLICY.minLength,
        RequireLowercase: PASSWORD_POLICY.requireLowercase,
        RequireUppercase: PASSWORD_POLICY.requireUppercase,
        RequireNumbers: PASSWORD_POLICY.requireDigits,
        RequireSymbols: PASSWORD_POLICY.requireSymbols,
        TemporaryPasswordValidityDays: PASSWORD_POLICY.temporaryPasswordValidityDays,
      },
    });
  });

  it("keeps names and the custom profile attributes, all changeable", () => {
    expect(userPool().Schema).toEqual(
      expect.arrayContaining([
        { Name: "email", Required: true, Mutable: true },
        { Name: "given_name", Required: false, Mutable: true },
        { Name: "family_name", Required: false, Mutable: true },
        {
          Name: "country",
          AttributeDataType: "String",
          Mutable: true,
          StringAttributeConstraints: { MaxLength: "2" },
        },
        { Name: "consent_version", AttributeDataType: "String", Mutable: true },
        { Name: "consent_at", AttributeDataType: "String", Mutable: true },
      ]),
    );
  });

  it("confirms e-mail addresses with a code, in a message that says what it is for", () => {
    const { VerificationMessageTemplate: message } = userPool() as {
      VerificationMessageTemplate: { DefaultEmailOption: string; EmailSubject: string; EmailMessage: string };
    };
    expect(message.DefaultEmailOption).toBe("CONFIRM_WITH_CODE");
    expect(message.EmailSubject).toContain("Acme Backup");
    expect(message.EmailMessage).toContain("{####}");
  });

  it("turns on threat protection by default, with Cognito's own e-mail", () => {
    expect(userPool()).toMatchObject({
      UserPoolTier: "PLUS",
      UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" },
      EmailConfiguration: { EmailSendingAccount: "COGNITO_DEFAULT" },
    });
  });

  it("lets the API sign in with passwords and refresh tokens only, and nothing else", () => {
    expect(appClient()).toMatchObject({
      GenerateSecret: true,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      PreventUserExistenceErrors: "ENABLED",
      EnableTokenRevocation: true,
      AllowedOAuthFlowsUserPoolClient: false,
    });
  });

  it("issues 15-minute ID and access tokens and 30-day refresh tokens", () => {
    const client = appClient() as {
      IdTokenValidity: number;
      AccessTokenValidity: number;
      RefreshTokenValidity: number;
      TokenValidityUnits: Record<string, string>;
    };
    const inMinutes = (value: number, unit: string | undefined) =>
      value * ({ minutes: 1, hours: 60, days: 24 * 60 }[unit ?? "hours"] ?? Number.NaN);
    const units = client.TokenValidityUnits;
    expect(inMinutes(client.IdTokenValidity, units.IdToken)).toBe(15);
    expect(inMinutes(client.AccessTokenValidity, units.AccessToken)).toBe(15);
    expect(inMinutes(client.RefreshTokenValidity, units.RefreshToken ?? "days")).toBe(30 * 24 * 60);
  });

  it("reads the profile attributes, and writes nothing but the e-mail address: no names, no custom:*", () => {
    const client = appClient();
    expect([...(client.ReadAttributes as string[])].sort()).toEqual(profileAttributes);
    expect(client.WriteAttributes).toEqual(["email"]);
  });

  it("keeps the client secret out of the template: functions read it from Cognito, those that call as the client", () => {
    const secretReaders = ROUTE_LIST.filter((route) =>
      serviceGrants(roleOfFunction(routeFunctionId(route)), "cognito-idp").actions.includes(
        "cognito-idp:DescribeUserPoolClient",
      ),
    ).map(routeKey);
    expect(secretReaders.sort()).toEqual(
      [
        "POST /accounts",
        "POST /accounts/confirm",
        "POST /accounts/confirm/resend",
        "POST /accounts/password-reset",
        "POST /accounts/password-reset/confirm",
        "POST /sessions",
        "POST /sessions/new-password",
        "POST /sessions/refresh",
      ].sort(),
    );
    // CDK's userPoolClientSecret would read it with a custom resource and put it in the template.
    expect(JSON.stringify(template.toJSON())).not.toMatch(/ClientSecret|DescribeCognitoUserPoolClient/);
  });

  it("lets sign-out and password reset end every session of the user (global sign-out)", () => {
    const globalSignOut = ROUTE_LIST.filter((route) =>
      serviceGrants(roleOfFunction(routeFunctionId(route)), "cognito-idp").actions.includes(
        "cognito-idp:AdminUserGlobalSignOut",
      ),
    ).map(routeKey);
    expect(globalSignOut.sort()).toEqual([
      "PATCH /admin/agents/{agentId}",
      "POST /accounts/password-reset/confirm",
      "POST /sessions/sign-out",
    ]);
  });

  it("falls back to ESSENTIALS without threat protection, and can send through SES", () => {
    const pool = onlyResource("AWS::Cognito::UserPool", withOptions).Properties;
    expect(pool.UserPoolTier).toBe("ESSENTIALS");
    expect(pool.UserPoolAddOns).toBeUndefined();
    const configurationSet = Object.keys(withOptions.findResources("AWS::SES::ConfigurationSet"))[0];
    expect(pool.EmailConfiguration).toMatchObject({
      EmailSendingAccount: "DEVELOPER",
      From: `Acme Backup Support <${SENDER}>`,
      ConfigurationSet: { Ref: configurationSet },
    });
    expect(JSON.stringify((pool.EmailConfiguration as { SourceArn: unknown }).SourceArn)).toContain(
      `:identity/${SENDER}`,
    );
  });
});
