import middy from "@middy/core";
import { noticeSubscriptionRepository } from "#repositories/notice-subscription-repository";
import { documentClient } from "#shared/dynamodb-client";
import { observedInvocations } from "#shared/observability";
import { TABLE_NAME } from "#shared/table-name";
import { type SubscriberPage, SubscriberPageTask } from "./release-notices";

const subscriptions = noticeSubscriptionRepository(documentClient, TABLE_NAME);

/** "Read a page of subscribers": the next owners of the product who opted in, and the cursor after them. */
async function subscriberPage(event: unknown): Promise<SubscriberPage> {
  const task = SubscriberPageTask.parse(event);
  const page = await subscriptions.subscribersPage(task.productId, task.pageSize, task.cursor ?? undefined);
  if (!page)
    throw new Error(`the cursor of product ${task.productId} was not issued by its subscriber pages`);
  return { ownerIds: page.items.map((item) => item.ownerId), nextCursor: page.nextCursor ?? null };
}

export const handler = middy<unknown, SubscriberPage>().use(observedInvocations()).handler(subscriberPage);
