/**
 * Why a request cannot be carried out, in domain terms. The HTTP layer maps each code to a
 * status and a problem type in one place, so the domain never speaks HTTP.
 */
export type DomainErrorCode =
  | "case-not-found"
  | "case-resolved"
  | "concurrent-update"
  | "invalid-credentials"
  | "account-not-confirmed"
  | "password-reset-required"
  | "invalid-code"
  | "too-many-attempts"
  | "account-exists"
  | "profile-not-found"
  | "no-plan-to-upgrade"
  | "not-entitled"
  | "case-not-withdrawable"
  | "case-not-closed"
  | "case-not-ratable"
  | "stale-case";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Machine-readable facts a client acts on (e.g. why help is refused, what to do instead). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
