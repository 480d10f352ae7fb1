/**
 * The account password policy: one source for the API's own check (so the answer names every
 * unmet rule), the Cognito user pool in AWS and the local Cognito.
 */
export const PASSWORD_POLICY = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 7,
} as const;

/** Cognito's symbol set for password policies. */
const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/;

export type PasswordRule = "length" | "lowercase" | "uppercase" | "digit" | "symbol";

const RULES: [boolean, RegExp, string, PasswordRule][] = [
  [PASSWORD_POLICY.requireLowercase, /[a-z]/, "a lower-case letter", "lowercase"],
  [PASSWORD_POLICY.requireUppercase, /[A-Z]/, "an upper-case letter", "uppercase"],
  [PASSWORD_POLICY.requireDigits, /[0-9]/, "a digit", "digit"],
  [PASSWORD_POLICY.requireSymbols, SYMBOLS, "a symbol such as ! @ # $ %", "symbol"],
];

/** Each rule of the policy and whether the password meets it (the portal shows them as the user types). */
export function passwordPolicyChecks(password: string): { rule: PasswordRule; met: boolean }[] {
  return [
    { rule: "length", met: password.length >= PASSWORD_POLICY.minLength },
    ...RULES.filter(([required]) => required).map(([, pattern, , rule]) => ({
      rule,
      met: pattern.test(password),
    })),
  ];
}

/** The character rules as patterns a password must each match (the API document states them so). */
export const PASSWORD_PATTERNS: readonly RegExp[] = RULES.filter(([required]) => required).map(
  ([, pattern]) => pattern,
);

/** What a password still lacks; empty when it satisfies the policy. */
export function passwordPolicyViolations(password: string): string[] {
  const missing = RULES.filter(([required, pattern]) => required && !pattern.test(password)).map(
    ([, , what]) => what,
  );
  const tooShort =
    password.length < PASSWORD_POLICY.minLength ? [`at least ${PASSWORD_POLICY.minLength} characters`] : [];
  return [...tooShort, ...missing];
}

export function describePasswordPolicy(): string {
  return `at least ${PASSWORD_POLICY.minLength} characters with a lower-case letter, an upper-case letter, a digit and a symbol`;
}
