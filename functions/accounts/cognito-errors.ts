import { DomainError, type DomainErrorCode } from "#domain/errors";

/**
 * Cognito error names → what they mean to a caller. Several names mean the same thing: Cognito
 * and cognito-local differ (InvalidPasswordException on a wrong password locally,
 * NotAuthorizedException in AWS), and telling them apart would let callers probe for accounts.
 */
const MEANINGS: Record<string, DomainErrorCode> = {
  NotAuthorizedException: "invalid-credentials",
  InvalidPasswordException: "invalid-credentials",
  UserNotFoundException: "invalid-credentials",
  UserNotConfirmedException: "account-not-confirmed",
  PasswordResetRequiredException: "password-reset-required",
  CodeMismatchException: "invalid-code",
  ExpiredCodeException: "invalid-code",
  TooManyRequestsException: "too-many-attempts",
  TooManyFailedAttemptsException: "too-many-attempts",
  LimitExceededException: "too-many-attempts",
  UsernameExistsException: "account-exists",
};

const MESSAGES: Partial<Record<DomainErrorCode, string>> = {
  "invalid-credentials": "The e-mail address and password do not match an account.",
  "account-not-confirmed": "Enter the confirmation code we e-mailed you, or ask for a new one.",
  "password-reset-required": "Reset your password with a code sent to your e-mail address.",
  "invalid-code": "Ask for a new code and try again.",
  "too-many-attempts": "Wait a few minutes before trying again.",
  "account-exists": "Use another e-mail address.",
};

export function refusal(code: DomainErrorCode): DomainError {
  return new DomainError(code, MESSAGES[code] ?? code);
}

/** Rethrows a Cognito refusal as a domain error; anything else (an outage) passes unchanged. */
export function translated(
  error: unknown,
  overrides: Partial<Record<DomainErrorCode, DomainErrorCode>> = {},
): never {
  const meaning = error instanceof Error ? MEANINGS[error.name] : undefined;
  if (!meaning) throw error;
  throw refusal(overrides[meaning] ?? meaning);
}

/** Runs a Cognito call whose refusals must look exactly like success (no account enumeration). */
export async function quietly(call: () => Promise<unknown>, quiet: readonly string[]): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (error instanceof Error && quiet.includes(error.name)) return;
    translated(error);
  }
}
