import { InvalidParameterError, UserNotFoundError } from "cognito-local/lib/errors.js";
import type { Router } from "cognito-local/lib/server/Router.js";
import type { Services } from "cognito-local/lib/services/index.js";
import type { DeliveryDetails } from "cognito-local/lib/services/messageDelivery/messageDelivery.js";
import { attributeValue } from "cognito-local/lib/services/userPoolService.js";

export type Route = ReturnType<ReturnType<typeof Router>>;

/** Operations cognito-local 5.3 lacks, as Cognito does them; `route` reaches cognito-local's own. */
export function missingOperations(
  services: Services,
  route: (target: string) => Route,
): Record<string, Route> {
  return {
    ResendConfirmationCode: resendConfirmationCode(services),
    AdminUserGlobalSignOut: adminUserGlobalSignOut(services),
    GetTokensFromRefreshToken: getTokensFromRefreshToken(route("InitiateAuth")),
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
