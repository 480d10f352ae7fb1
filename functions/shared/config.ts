import { safeParse, type z } from "zod/mini";

/**
 * Reads a function's configuration from the environment at cold start. A missing or bad
 * variable stops the function right away with a message naming it, instead of failing later.
 */
export function readConfig<T extends z.ZodMiniType>(
  schema: T,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<T> {
  const result = safeParse(schema, env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return result.data;
}
