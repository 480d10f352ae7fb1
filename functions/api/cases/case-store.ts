import * as z from "zod/mini";
import { attachmentRepository } from "#repositories/attachment-repository";
import { caseLists } from "#repositories/case-lists";
import { caseRepository } from "#repositories/case-repository";
import { profileRepository } from "#repositories/profile-repository";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { idempotentRequests } from "#shared/idempotency";

/** The repositories the case routes use, configured once per container. */
const config = readConfig(
  z.object({
    TABLE_NAME: z.string().check(z.minLength(1)),
  }),
);

export const cases = caseRepository(documentClient, config.TABLE_NAME);

export const caseList = caseLists(documentClient, config.TABLE_NAME);

export const profiles = profileRepository(documentClient, config.TABLE_NAME);

export const attachments = attachmentRepository(documentClient, config.TABLE_NAME);

/** Creating case routes honour an Idempotency-Key header. */
export const idempotent = idempotentRequests(config.TABLE_NAME);
