import * as z from "zod/mini";

/**
 * Reads a function's configuration from the environment at cold start (or the CDK app's
 * context at synth). A missing or bad setting stops it right away with a message naming it,
 * instead of failing later.
 */
export function readConfig<T extends z.ZodMiniType>(
  schema: T,
  source: Record<string, unknown> = process.env,
  what = "configuration",
): z.infer<T> {
  const result = z.safeParse(schema, source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid ${what}: ${problems.join("; ")}`);
  }
  return result.data;
}
