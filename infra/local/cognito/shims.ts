import { InvalidParameterError, NotAuthorizedError, UserNotFoundError } from "cognito-local/lib/errors.js";
import type { Router } from "cognito-local/lib/server/Router.js";
import type { Services } from "cognito-local/lib/services/index.js";
import type { DeliveryDetails } from "cognito-local/lib/services/messageDelivery/messageDelivery.js";
import { attributeValue } from "cognito-local/lib/services/userPoolService.js";

export type Route = ReturnType<ReturnType<typeof Router>>;

/**
 * Operations cognito-local 5.3 lacks or does otherwise, as Cognito does them; `route` reaches
 * cognito-local's own.
 */
export function missingOperations(
  services: Services,
  route: (target: string) => Route,
): Record<string, Route> {
  const initiateAuth = refusingDisabledUsers(services, route("InitiateAuth"));
  return {
    ResendConfirmationCode: resendConfirmationCode(services),
    AdminUserGlobalSignOut: adminUserGlobalSignOut(services),
    InitiateAuth: initiateAuth,
    GetTokensFromRefreshToken: getTokensFromRefreshToken(initiateAuth),
    ListUsersInGroup: pagedUsersInGroup(route("ListUsersInGroup")),
  };
}

/**
 * ResendConfirmationCode as Cognito does it: a new code for an unconfirmed user (the previous one
 * stops working); `InvalidParameterException` once confirmed; for an unknown user, a pretend delivery
 * when the client has PreventUserExistenceErrors ENABLED, else `UserNotFoundException`.
 */
function resendConfirmationCode(services: Services): Route {
  return async (
    ctx,
    request: { ClientId: string; Username: string; ClientMetadata?: Record<string, string> },
  ) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, request.ClientId);
    const client = await services.cognito.getAppClient(ctx, request.ClientId);
    const user = await userPool.getUserByUsername(ctx, request.Username);
    const email = attributeValue("email", user?.Attributes);
    if (!user || !email) {
      if (client?.PreventUserExistenceErrors !== "ENABLED") throw new UserNotFoundError();
      return {
        CodeDeliveryDetails: {
          AttributeName: "email",
          DeliveryMedium: "EMAIL",
          Destination: request.Username,
        },
      };
    }
    if (user.UserStatus !== "UNCONFIRMED") throw new InvalidParameterError("User is already confirmed.");
    const code = services.otp();
    const details: DeliveryDetails = { AttributeName: "email", DeliveryMedium: "EMAIL", Destination: email };
    const metadata = request.ClientMetadata;
    await services.messages.deliver(
      ctx,
      "ResendCode",
      request.ClientId,
      userPool.options.Id,
      user,
      code,
      metadata,
      details,
    );
    await userPool.saveUser(ctx, {
      ...user,
      ConfirmationCode: code,
      UserLastModifiedDate: services.clock.get(),
    });
    return { CodeDeliveryDetails: details };
  };
}

/**
 * AdminUserGlobalSignOut as Cognito does it: every refresh token of the user stops working
 * (issued ID tokens stay valid until they expire); `UserNotFoundException` for an unknown user.
 */
function adminUserGlobalSignOut(services: Services): Route {
  return async (ctx, request: { UserPoolId: string; Username: string }) => {
    const userPool = await services.cognito.getUserPool(ctx, request.UserPoolId);
    const user = await userPool.getUserByUsername(ctx, request.Username);
    if (!user) throw new UserNotFoundError();
    await userPool.saveUser(ctx, { ...user, RefreshTokens: [], UserLastModifiedDate: services.clock.get() });
    return {};
  };
}

/**
 * GetTokensFromRefreshToken without refresh token rotation: new ID and access tokens, as the
 * REFRESH_TOKEN_AUTH flow gives them (the client secret is checked before, with the others).
 */
function getTokensFromRefreshToken(initiateAuth: Route): Route {
  return async (ctx, request: { ClientId: string; RefreshToken: string }) => {
    const { AuthenticationResult } = (await initiateAuth(ctx, {
      ClientId: request.ClientId,
      AuthFlow: "REFRESH_TOKEN_AUTH",
      AuthParameters: { REFRESH_TOKEN: request.RefreshToken },
    })) as { AuthenticationResult?: unknown };
    return { AuthenticationResult };
  };
}

/**
 * Cognito refuses a disabled user's sign-in and refresh with NotAuthorizedException "User is
 * disabled."; cognito-local 5.3 stores `Enabled: false` (AdminDisableUser) but signs them in.
 */
function refusingDisabledUsers(services: Services, initiateAuth: Route): Route {
  return async (
    ctx,
    request: { ClientId: string; AuthFlow?: string; AuthParameters?: Record<string, string> },
  ) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, request.ClientId);
    const { USERNAME, REFRESH_TOKEN } = request.AuthParameters ?? {};
    const user = USERNAME
      ? await userPool.getUserByUsername(ctx, USERNAME)
      : REFRESH_TOKEN
        ? await userPool.getUserByRefreshToken(ctx, REFRESH_TOKEN)
        : null;
    if (user && user.Enabled === false) throw new NotAuthorizedError("User is disabled.");
    return initiateAuth(ctx, request);
  };
}

/**
 * ListUsersInGroup with Cognito's paging (Limit up to 60, NextToken); cognito-local 5.3 answers
 * every member at once. Its token is an offset, opaque to callers like Cognito's.
 */
function pagedUsersInGroup(listUsersInGroup: Route): Route {
  return async (ctx, request: { Limit?: number; NextToken?: string; [key: string]: unknown }) => {
    const { Users = [] } = (await listUsersInGroup(ctx, request)) as { Users?: unknown[] };
    const offset =
      request.NextToken === undefined ? 0 : Number(Buffer.from(request.NextToken, "base64url").toString());
    if (!Number.isInteger(offset) || offset < 0) throw new InvalidParameterError("Invalid NextToken.");
    const limit = Math.min(request.Limit ?? 60, 60);
    const next = offset + limit;
    return {
      Users: Users.slice(offset, next),
      ...(next < Users.length ? { NextToken: Buffer.from(String(next)).toString("base64url") } : {}),
    };
  };
}
