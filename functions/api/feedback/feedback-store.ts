import * as z from "zod/mini";
import { feedbackRepository } from "#repositories/feedback-repository";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { idempotentRequests } from "#shared/idempotency";

const config = readConfig(z.object({ TABLE_NAME: z.string().check(z.minLength(1)) }));

export const feedback = feedbackRepository(documentClient, config.TABLE_NAME);

export const idempotent = idempotentRequests(config.TABLE_NAME);
