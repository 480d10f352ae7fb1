import type { LicenseRecord } from "#repositories/license-repository";
import { noticeView } from "./product-views";
import { noticeSubscriptions } from "./stores";

/**
 * Opts the owner's serial in to release notices or out, and answers what it is now. The
 * opt-in time is the first one kept (optIn never overwrites it), so the answer reads it back.
 */
export async function setNotices(
  license: LicenseRecord & { ownerId: string },
  subscribed: boolean,
  now: string,
): Promise<ReturnType<typeof noticeView>> {
  const serial = { ownerId: license.ownerId, serial: license.serial, productId: license.productId };
  if (!subscribed) {
    await noticeSubscriptions.optOut(serial);
    return noticeView(undefined);
  }
  await noticeSubscriptions.optIn({ ...serial, now });
  return noticeView(await noticeSubscriptions.optedInSince(serial));
}
