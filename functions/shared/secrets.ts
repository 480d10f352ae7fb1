import * as z from "zod/mini";
import { readConfig } from "./config";

/**
 * Secrets read at run time. In AWS a function's environment holds only the secret's ARN, in
 * `<NAME>_ARN`, and the value comes from the AWS Parameters and Secrets Lambda Extension (a
 * layer serving Secrets Manager on localhost, with its own cache), so the bundle carries no
 * Secrets Manager SDK and `GetFunctionConfiguration` shows no key. Locally (`npm start`, the
 * tests) `<NAME>` holds the value itself.
 */
export function secretArnVariable(name: string): string {
  return `${name}_ARN`;
}

/** The extension's defaults (its own environment variable names). */
const DEFAULT_EXTENSION_PORT = 2773;
/** As long as the extension keeps a value: a rotated value is seen within two of these. */
const CACHE_MILLISECONDS = 5 * 60_000;
/** Well inside every function's timeout, so a hung extension fails with this message instead. */
const READ_TIMEOUT_MILLISECONDS = 5_000;

const ExtensionAnswer = z.object({ SecretString: z.string() });

export interface RuntimeSecretOptions {
  /** Values shorter than this are a configuration error (a placeholder, an empty string). */
  minLength?: number;
  /** The clock of the in-function cache (tests). */
  now?: () => number;
}

/** Reads the secret `name` once per cache period; concurrent callers share one read. */
export type SecretReader = () => Promise<string>;

/**
 * The reader of one secret, configured from the environment at cold start: exactly one of
 * `<NAME>` (the value, locally) and `<NAME>_ARN` (in AWS) must be set.
 */
export function runtimeSecret(
  name: string,
  source: Record<string, unknown> = process.env,
  options: RuntimeSecretOptions = {},
): SecretReader {
  const arnName = secretArnVariable(name);
  const minLength = options.minLength ?? 1;
  const config = readConfig(
    z
      .object({
        [name]: z.optional(z.string().check(z.minLength(minLength))),
        [arnName]: z.optional(z.string().check(z.startsWith("arn:"))),
        PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: z._default(z.coerce.number(), DEFAULT_EXTENSION_PORT),
      })
      .check(
        z.refine((settings) => (settings[name] === undefined) !== (settings[arnName] === undefined), {
          message: `set exactly one of ${name} (the value, locally) and ${arnName} (its Secrets Manager ARN, in AWS)`,
          path: [name],
        }),
      ),
    source,
  );
  const value = config[name] as string | undefined;
  if (value !== undefined) return async () => value;
  const secretArn = config[arnName] as string;
  const url = `http://localhost:${config.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT}/secretsmanager/get?secretId=${encodeURIComponent(secretArn)}`;
  const now = options.now ?? Date.now;
  let cached: { value: Promise<string>; until: number } | undefined;

  const read = async (): Promise<string> => {
    const failure = (why: string) => new Error(`secret ${name} (${secretArn}) could not be read: ${why}`);
    // The extension accepts only callers that hold the function's session token (no SSRF).
    const token = source.AWS_SESSION_TOKEN;
    if (typeof token !== "string" || token === "") throw failure("AWS_SESSION_TOKEN is not set");
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { "X-Aws-Parameters-Secrets-Token": token },
        signal: AbortSignal.timeout(READ_TIMEOUT_MILLISECONDS),
      });
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      throw failure(
        `the Parameters and Secrets extension did not answer on ${url} (${cause}); is its layer on the function?`,
      );
    }
    const body = await response.text();
    // Its error bodies say what Secrets Manager said (access denied, not found), never a value.
    if (!response.ok) throw failure(`the extension answered ${response.status}: ${body.slice(0, 300)}`);
    let parsed: z.infer<typeof ExtensionAnswer> | undefined;
    try {
      parsed = z.parse(ExtensionAnswer, JSON.parse(body));
    } catch {
      parsed = undefined;
    }
    if (!parsed) throw failure("the extension's answer holds no SecretString");
    if (parsed.SecretString.length < minLength)
      throw failure(`the value is shorter than ${minLength} characters`);
    return parsed.SecretString;
  };

  return () => {
    if (cached && now() < cached.until) return cached.value;
    const reading = read();
    cached = { value: reading, until: now() + CACHE_MILLISECONDS };
    // A failed read is not kept: the next call (the retried invocation) tries again.
    reading.catch(() => {
      if (cached?.value === reading) cached = undefined;
    });
    return reading;
  };
}
