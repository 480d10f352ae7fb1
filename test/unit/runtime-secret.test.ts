import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { replyAddressKey } from "#inbound-mail/reply-address-key";
import { runtimeSecret } from "#shared/secrets";

/**
 * A stand-in for the AWS Parameters and Secrets Lambda Extension: a small HTTP server speaking
 * its one request (GET /secretsmanager/get?secretId=…, the session token in a header). The
 * extension is a Lambda layer, not an AWS API, so no emulator offers it; this server answers as
 * its documentation says it does, and records what it was asked.
 */
const SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ReplyAddressSecret-AbCdEf";
const KEY = "k".repeat(48);
const TOKEN = "session-token-of-this-function";

let server: Server;
let port: number;
let requests: IncomingMessage[] = [];
let answer: { status: number; body: string };

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request);
    response.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  requests = [];
  answer = {
    status: 200,
    body: JSON.stringify({ ARN: SECRET_ARN, Name: "ReplyAddressSecret", SecretString: KEY }),
  };
});

/** The environment CDK gives a function that reads the secret (the layer sets the port variable). */
function inAws(extra: Record<string, string> = {}): Record<string, string> {
  return {
    REPLY_ADDRESS_SECRET_ARN: SECRET_ARN,
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(port),
    AWS_SESSION_TOKEN: TOKEN,
    ...extra,
  };
}

describe("the reply-address key, read at run time", () => {
  it("comes from the extension with the function's session token, asked for by ARN", async () => {
    await expect(replyAddressKey(inAws())()).resolves.toBe(KEY);

    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]?.url ?? "", "http://localhost");
    expect(url.pathname).toBe("/secretsmanager/get");
    expect(url.searchParams.get("secretId")).toBe(SECRET_ARN);
    expect(requests[0]?.headers["x-aws-parameters-secrets-token"]).toBe(TOKEN);
  });

  it("is read once per five minutes, however many invocations and concurrent callers ask", async () => {
    let clock = 0;
    const read = runtimeSecret("REPLY_ADDRESS_SECRET", inAws(), { now: () => clock });

    const first = await Promise.all([read(), read(), read()]);
    clock += 4 * 60_000;
    const later = await read();
    expect(requests).toHaveLength(1);

    clock += 2 * 60_000;
    answer = { status: 200, body: JSON.stringify({ SecretString: "rotated-key-value-0123456789" }) };
    await expect(read()).resolves.toBe("rotated-key-value-0123456789");
    expect([...first, later]).toEqual([KEY, KEY, KEY, KEY]);
    expect(requests).toHaveLength(2);
  });

  it("fails with a message naming the secret and what went wrong, and is not cached when it fails", async () => {
    const read = replyAddressKey(inAws());
    answer = { status: 400, body: "AccessDeniedException: not authorized to perform GetSecretValue" };
    await expect(read()).rejects.toThrow(
      `secret REPLY_ADDRESS_SECRET (${SECRET_ARN}) could not be read: the extension answered 400: AccessDeniedException`,
    );
    answer = { status: 200, body: JSON.stringify({ SecretBinary: "AAAA" }) };
    await expect(read()).rejects.toThrow("the extension's answer holds no SecretString");
    answer = { status: 200, body: JSON.stringify({ SecretString: "short" }) };
    await expect(read()).rejects.toThrow("the value is shorter than 16 characters");

    answer = { status: 200, body: JSON.stringify({ SecretString: KEY }) };
    await expect(read()).resolves.toBe(KEY);
  });

  it("fails clearly without the extension or without a session token", async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const free = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(free));
      });
    });
    await expect(
      replyAddressKey(inAws({ PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(closed) }))(),
    ).rejects.toThrow(
      /the Parameters and Secrets extension did not answer on .*is its layer on the function\?/,
    );
    await expect(replyAddressKey(inAws({ AWS_SESSION_TOKEN: "" }))()).rejects.toThrow(
      "AWS_SESSION_TOKEN is not set",
    );
    expect(requests).toEqual([]);
  });

  it("is the environment variable itself locally, and no request is made", async () => {
    await expect(replyAddressKey({ REPLY_ADDRESS_SECRET: KEY })()).resolves.toBe(KEY);
    expect(requests).toEqual([]);
  });

  it("stops the function at cold start unless exactly one of the two settings is there", () => {
    const exactlyOne =
      /REPLY_ADDRESS_SECRET: set exactly one of REPLY_ADDRESS_SECRET .* and REPLY_ADDRESS_SECRET_ARN/;
    expect(() => replyAddressKey({})).toThrow(exactlyOne);
    expect(() => replyAddressKey({ ...inAws(), REPLY_ADDRESS_SECRET: KEY })).toThrow(exactlyOne);
    expect(() => replyAddressKey({ REPLY_ADDRESS_SECRET: "too short" })).toThrow(/REPLY_ADDRESS_SECRET/);
    expect(() => replyAddressKey({ REPLY_ADDRESS_SECRET_ARN: "ReplyAddressSecret" })).toThrow(
      /REPLY_ADDRESS_SECRET_ARN/,
    );
  });
});
