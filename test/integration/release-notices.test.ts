import { StartExecutionCommand } from "@aws-sdk/client-sfn";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_NOTICE_TOKEN_SECRET } from "#infra/local/release-notices";
import { noticeRunName } from "#notices/release-notices";
import { recipientOfToken } from "#notices/unsubscribe-token";
import { noticeClaimRepository } from "#repositories/notice-claim-repository";
import { noticeSubscriptionRepository } from "#repositories/notice-subscription-repository";
import { eventually } from "../support/eventually";
import { newProductId } from "../support/fixtures";
import { api, db, newUser, sfn, stack, type TestUser } from "../support/local";
import {
  clearLambdaFaults,
  failSendsAfter,
  header,
  holdSends,
  mailsToAny,
  noticeExecutionArn,
  publishAndUpload,
  RELEASE_NOTES,
  runClosed,
  seedOwners,
  sendsWaiting,
} from "../support/notices";

const claims = noticeClaimRepository(db, stack.tableName);
const subscriptions = noticeSubscriptionRepository(db, stack.tableName);
/** 300 of every 1,000 owners are not opted in. */
const optedIn = (index: number) => index % 10 >= 3;

let admin: TestUser;
beforeAll(async () => {
  admin = await newUser(["admin"]);
});
afterEach(async () => {
  await clearLambdaFaults();
  await holdSends(false);
});

const noticeReport = (release: { productId: string; version: string; build: number }) =>
  api("GET", `/admin/releases/${release.productId}/${release.version}/${release.build}/notices`, {
    user: admin,
  });

describe("publishing a release notifies its opted-in owners", () => {
  it("sends exactly 700 notices to 1,000 owners of whom 300 did not opt in: right address, language and headers", async () => {
    const productId = newProductId();
    const owners = await seedOwners(productId, 1000, optedIn);
    const release = await publishAndUpload(admin, productId, 100);

    const execution = await runClosed(release.releaseId);
    expect(execution.status).toBe("SUCCEEDED");
    const mails = await mailsToAny(owners.map((o) => o.email));
    expect(mails).toHaveLength(700);
    const byAddress = new Map(owners.map((owner) => [owner.email, owner]));
    expect(new Set(mails.map((m) => m.destination.to[0])).size).toBe(700);
    for (const mail of mails) {
      const owner = byAddress.get(mail.destination.to[0] ?? "");
      expect(owner?.optedIn).toBe(true);
      if (!owner) continue;
      expect(mail.subject).toBe(
        owner.language === "en"
          ? "New release: Acme Backup & Restore 12.2 build 100"
          : "新版本发布：Acme Backup & Restore 12.2 版本号 100",
      );
      expect(mail.body.text).toContain(owner.firstName);
      expect(mail.body.text).toContain(RELEASE_NOTES.whatsNew);
      expect(mail.body.html).toContain("Restores of large virtual machines are &lt;faster&gt;.");
      const oneClick = /^<(.+)>$/.exec(header(mail, "List-Unsubscribe") ?? "")?.[1] ?? "";
      const url = new URL(oneClick);
      expect(`${url.origin}${url.pathname}`).toBe(new URL("/api/notices/unsubscribe", stack.portalUrl).href);
      const token = url.searchParams.get("token") ?? "";
      expect(recipientOfToken(token, LOCAL_NOTICE_TOKEN_SECRET)).toEqual({
        ownerId: owner.ownerId,
        productId,
      });
      expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(mail.body.text).toContain(`${stack.portalUrl}unsubscribe?token=${encodeURIComponent(token)}`);
      expect(mail.body.html).toContain(
        `href="${stack.portalUrl}unsubscribe?token=${encodeURIComponent(token)}"`,
      );
    }
    expect((await noticeReport(release)).body).toMatchObject({
      status: "finished",
      sent: 700,
      skipped: 0,
      failed: 0,
      run: noticeRunName(release.releaseId),
    });

    // The header works as a mail client uses it: a one-click POST, no session, unsubscribes that owner.
    const [first] = mails;
    const oneClick = /^<(.+)>$/.exec(first ? (header(first, "List-Unsubscribe") ?? "") : "")?.[1] ?? "";
    const answer = await fetch(oneClick, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(answer.status).toBe(200);
    const owner = byAddress.get(first?.destination.to[0] ?? "");
    const after = await noticeSubscriptionRepository(db, stack.tableName).load(
      productId,
      owner?.ownerId ?? "",
    );
    expect(after?.serials).toBeUndefined();
  }, 240_000);

  it("still sends exactly 700, none twice, when the fan-out dies after half the sends and is run again", async () => {
    const productId = newProductId();
    const owners = await seedOwners(productId, 1000, optedIn);
    await failSendsAfter(350);
    const release = await publishAndUpload(admin, productId, 200);

    const first = await runClosed(release.releaseId);
    expect(first.status).toBe("FAILED");
    expect((await mailsToAny(owners.map((o) => o.email))).length).toBe(350);
    expect((await noticeReport(release)).body).toMatchObject({ status: "failed", sent: 350 });

    await clearLambdaFaults();
    await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: stack.noticesStateMachineArn,
        name: noticeRunName(release.releaseId, 2),
        input: first.input,
      }),
    );
    const second = await runClosed(release.releaseId, 2);
    expect(second.status).toBe("SUCCEEDED");
    const mails = await mailsToAny(owners.map((o) => o.email));
    expect(mails).toHaveLength(700);
    expect(new Set(mails.map((m) => m.destination.to[0])).size).toBe(700);
    expect((await noticeReport(release)).body).toMatchObject({ status: "finished", sent: 700, failed: 0 });
    expect(noticeExecutionArn(noticeRunName(release.releaseId, 2))).toBe(second.executionArn);
  }, 300_000);

  it("does not mail an owner who unsubscribes after publishing but before their send", async () => {
    const productId = newProductId();
    const owners = await seedOwners(productId, 6, () => true);
    await holdSends(true);
    const release = await publishAndUpload(admin, productId, 300);
    // The page was read: every owner's send is waiting at the gate.
    await eventually("the sends to wait", async () => ((await sendsWaiting()) === 6 ? true : undefined));
    const leaver = owners[3];
    if (!leaver) throw new Error("no owner");
    expect(await subscriptions.unsubscribe(productId, leaver.ownerId)).toEqual([leaver.serial]);
    await holdSends(false);

    expect((await runClosed(release.releaseId)).status).toBe("SUCCEEDED");
    const mails = await mailsToAny(owners.map((o) => o.email));
    expect(mails.map((m) => m.destination.to[0]).sort()).toEqual(
      owners
        .filter((o) => o !== leaver)
        .map((o) => o.email)
        .sort(),
    );
    expect((await claims.load({ releaseId: release.releaseId, ownerId: leaver.ownerId }))?.status).toBe(
      "skipped",
    );
    expect((await noticeReport(release)).body).toMatchObject({ status: "finished", sent: 5, skipped: 1 });
  }, 120_000);

  it("answers 404 for the notice report of a release never published", async () => {
    const answer = await noticeReport({ productId: newProductId(), version: "1.0", build: 1 });
    expect(answer.status).toBe(404);
  });
});
