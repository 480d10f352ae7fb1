import type { Server } from "node:http";
import { createRequire } from "node:module";
import { DefaultConfig } from "cognito-local/lib/server/config.js";
import { Router } from "cognito-local/lib/server/Router.js";
import { createServer } from "cognito-local/lib/server/server.js";
import { DateClock } from "cognito-local/lib/services/clock.js";
import { CognitoServiceFactoryImpl } from "cognito-local/lib/services/cognitoService.js";
import type { Context } from "cognito-local/lib/services/context.js";
import { StormDBDataStoreFactory } from "cognito-local/lib/services/dataStore/stormDb.js";
import type { Services } from "cognito-local/lib/services/index.js";
import type { Messages } from "cognito-local/lib/services/messages.js";
import { otp } from "cognito-local/lib/services/otp.js";
import { JwtTokenGenerator } from "cognito-local/lib/services/tokenGenerator.js";
import type { Triggers } from "cognito-local/lib/services/triggers/triggers.js";
import { UserPoolServiceFactoryImpl } from "cognito-local/lib/services/userPoolService.js";
import { withClientChecks } from "./client-checks";
import { missingOperations } from "./shims";

/** What cognito-local would "send": the message source as Cognito names it, where to, and the code. */
export interface CodeDelivery {
  source: Parameters<Messages["deliver"]>[1];
  destination: string;
  code: string;
}

type Logger = Parameters<typeof createServer>[1];

/**
 * cognito-local's own server (the express app, its targets, its StormDB files), assembled in-process
 * like its `createDefaultServer`, with these differences: the data directory is ours (not `./.cognito`);
 * codes are handed to `onDelivery` (instead of a boxed console message without the message kind);
 * operations cognito-local 5.3 lacks are added (ResendConfirmationCode, AdminUserGlobalSignOut,
 * GetTokensFromRefreshToken), and two it does otherwise than Cognito are fixed (InitiateAuth refuses
 * disabled users, ListUsersInGroup pages); and the app client's secret and write attributes are checked, as
 * Cognito checks them. No Lambda triggers, so the deprecated aws-sdk v2 it uses for them is never loaded.
 */
export async function startCognitoLocalServer(options: {
  port: number;
  dataDirectory: string;
  onDelivery: (delivery: CodeDelivery) => Promise<void>;
  log: (line: string) => void;
}): Promise<{ issuerDomain: string; server: Server }> {
  const host = "127.0.0.1";
  const issuerDomain = `http://${host}:${options.port}`;
  const logger = createLogger(options.log);
  const ctx: Context = { logger };
  const clock = new DateClock();
  const dataStores = new StormDBDataStoreFactory(options.dataDirectory);
  const cognito = await new CognitoServiceFactoryImpl(
    options.dataDirectory,
    dataStores,
    new UserPoolServiceFactoryImpl(clock, dataStores),
  ).create(ctx, DefaultConfig.UserPoolDefaults);
  const triggers = noTriggers();
  const messages: Messages = {
    async deliver(_ctx, source, _clientId, _userPoolId, _user, code, _metadata, details) {
      await options.onDelivery({ source, destination: details.Destination, code });
    },
  };
  const services: Services = {
    clock,
    cognito,
    config: { ...DefaultConfig, TokenConfig: { IssuerDomain: issuerDomain } },
    messages,
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, { IssuerDomain: issuerDomain }),
    triggers,
  };
  const router = Router(services);
  const shims = missingOperations(services, router);
  const checked = withClientChecks(services);
  const server = (await createServer(
    (target) => checked(target, shims[target] ?? router(target)),
    logger,
    { port: options.port, hostname: host, https: false },
    services,
  ).start()) as Server;
  return { issuerDomain, server };
}

function noTriggers(): Triggers {
  const disabled = () => Promise.reject(new Error("no Lambda triggers are configured locally"));
  return {
    enabled: () => false,
    customMessage: disabled,
    customEmailSender: disabled,
    postAuthentication: disabled,
    postConfirmation: disabled,
    preSignUp: disabled,
    preTokenGeneration: disabled,
    userMigration: disabled,
  };
}

/** A pino logger (the one cognito-local depends on) that passes its errors on as single lines. */
function createLogger(log: (line: string) => void): Logger {
  const requireFromCognitoLocal = createRequire(createRequire(import.meta.url).resolve("cognito-local"));
  const pino = requireFromCognitoLocal("pino") as (
    options: { level: string },
    stream: { write(line: string): void },
  ) => Logger;
  return pino(
    { level: "error" },
    {
      write(line) {
        const { msg } = JSON.parse(line) as { msg?: string };
        log(`cognito-local: ${msg ?? line.trim()}`);
      },
    },
  );
}
