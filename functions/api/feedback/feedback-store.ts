import { feedbackRepository } from "#repositories/feedback-repository";
import { documentClient } from "#shared/dynamodb-client";
import { idempotentRequests } from "#shared/idempotency";
import { TABLE_NAME } from "#shared/table-name";

export const feedback = feedbackRepository(documentClient, TABLE_NAME);

export const idempotent = idempotentRequests(TABLE_NAME);
