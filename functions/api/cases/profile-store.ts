import { profileRepository } from "#repositories/profile-repository";
import { documentClient } from "#shared/dynamodb-client";
import { TABLE_NAME } from "#shared/table-name";

/** Customers' profiles, read by intake (a case for a caller) and by the reply's e-mails (the name). */
export const profiles = profileRepository(documentClient, TABLE_NAME);
