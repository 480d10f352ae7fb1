import { type CannedPlaceholder, placeholdersIn } from "#domain/canned-replies";
import { type CannedReplyRecord, cannedReplyRepository } from "#repositories/canned-reply-repository";
import { documentClient } from "#shared/dynamodb-client";
import { problems } from "#shared/problem";
import { TABLE_NAME } from "#shared/table-name";

export const cannedReplies = cannedReplyRepository(documentClient, TABLE_NAME);

/** A canned reply as the API shows it: with the placeholders its texts use. */
export function cannedReplyView(reply: CannedReplyRecord) {
  const texts = Object.values(reply.body).join("\n");
  return { ...reply, placeholders: placeholdersIn(texts) as CannedPlaceholder[] };
}

export const noSuchCannedReply = (id: string) => problems.notFound(`There is no canned reply ${id}.`);
