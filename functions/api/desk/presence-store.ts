import { otherViewers, PRESENCE_REFRESH_SECONDS, PRESENCE_TTL_SECONDS } from "#domain/presence";
import { presenceRepository } from "#repositories/presence-repository";
import type { Caller } from "#shared/caller";
import { documentClient } from "#shared/dynamodb-client";
import { TABLE_NAME } from "#shared/table-name";

export const presence = presenceRepository(documentClient, TABLE_NAME);

/** Who else has the case open now, as the desk shows them. */
export async function othersOnCase(caseNumber: string, caller: Caller) {
  const viewers = otherViewers(await presence.marksOf(caseNumber), caller.id, new Date());
  return {
    caseNumber,
    viewers: viewers.map(({ userId, email, name, since, seenAt }) => ({
      userId,
      email,
      ...(name ? { name } : {}),
      since,
      seenAt,
    })),
    refreshSeconds: PRESENCE_REFRESH_SECONDS,
    expiresInSeconds: PRESENCE_TTL_SECONDS,
  };
}
