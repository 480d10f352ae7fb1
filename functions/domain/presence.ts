/**
 * Who has a case open in the desk: each open case page says so every PRESENCE_REFRESH_SECONDS,
 * and a mark older than PRESENCE_TTL_SECONDS no longer counts (a closed tab simply stops saying
 * so). DynamoDB's TTL deletes old marks lazily, so reads check the expiry themselves.
 */
export const PRESENCE_TTL_SECONDS = 60;
export const PRESENCE_REFRESH_SECONDS = 20;

export interface PresenceMark {
  userId: string;
  /** Epoch seconds after which the mark no longer counts (the table's TTL attribute). */
  expiresAt: number;
}

/** Epoch seconds at which a mark made at `now` stops counting. */
export function presenceExpiry(now: Date): number {
  return Math.floor(now.getTime() / 1000) + PRESENCE_TTL_SECONDS;
}

/** The marks that still count at `now`, of everyone but `viewerId`. */
export function otherViewers<M extends PresenceMark>(marks: readonly M[], viewerId: string, now: Date): M[] {
  const nowSeconds = now.getTime() / 1000;
  return marks.filter((mark) => mark.userId !== viewerId && mark.expiresAt > nowSeconds);
}
