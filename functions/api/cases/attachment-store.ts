import { attachmentRepository } from "#repositories/attachment-repository";
import { documentClient } from "#shared/dynamodb-client";
import { TABLE_NAME } from "#shared/table-name";

/** A case's attachments. */
export const attachments = attachmentRepository(documentClient, TABLE_NAME);
