import { StopExecutionCommand } from "@aws-sdk/client-sfn";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { followUpExecutionName } from "#domain/follow-up-protocol";
import { expectAccessible, type PortalPage, screenshot, tabTo, useBrowser } from "../support/browser";
import {
  api,
  describeExecution,
  executionArnFor,
  isClosed,
  newUser,
  openCase,
  sfn,
  slowFollowUpsOfCase,
  stack,
  waitForExecution,
} from "../support/local";

const browser = useBrowser();

/** A case answered by support, its follow-up execution waiting in "Wait 3 days" (a day lasts a minute). */
async function answeredCase(): Promise<{ caseNumber: string; replyId: string }> {
  const [customer, agent] = await Promise.all([newUser(["customer"]), newUser(["agent"])]);
  const caseNumber = await openCase(customer);
  await slowFollowUpsOfCase(caseNumber, 60);
  const reply = await api("POST", `/cases/${caseNumber}/replies`, {
    user: agent,
    json: { message: "Please update to build 4711." },
  });
  expect(reply.status).toBe(201);
  return { caseNumber, replyId: String(reply.body.replyId) };
}

/** A fresh browser on the executions console (its own app beside the portal, on the same gateway). */
async function openConsole(path = ""): Promise<PortalPage> {
  const context = await browser().newContext({
    locale: "en-GB",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(new URL(path, stack.consoleUrl).href);
  return { page, context, errors };
}

const row = (page: Page, name: string) => page.locator(`tr[data-name="${name}"]`);
const stateNode = (page: Page, state: string) => page.locator(`g.state-node[data-state="${state}"]`);

describe("the executions console", { timeout: 90_000 }, () => {
  it("lists a case's follow-up and shows its graph, events and state data as the Step Functions console does; Stop aborts it", async () => {
    const { caseNumber, replyId } = await answeredCase();
    const name = followUpExecutionName(caseNumber, replyId);
    await waitForExecution(caseNumber, replyId);
    const { page, context, errors } = await openConsole();

    await page.getByRole("heading", { level: 1, name: "Follow-up executions" }).waitFor();
    await expect.poll(() => row(page, name).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await row(page, name).locator("td").nth(1).textContent()).toBe("Running");
    expect(await row(page, name).locator("td").nth(2).textContent()).toBe(caseNumber);
    await page.getByLabel("Case number").fill(caseNumber);
    await expect.poll(() => page.locator("tbody tr").count()).toBe(1);
    expect(page.url()).toContain(`case=${caseNumber}`);
    await expectAccessible(page);
    await screenshot(page, "executions-console-list");

    await page.getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await expect.poll(() => stateNode(page, "Wait 3 days").getAttribute("data-status")).toBe("in-progress");
    expect(await stateNode(page, "Send support reply").getAttribute("data-status")).toBe("succeeded");
    expect(await stateNode(page, "Send support reply").getAttribute("class")).toContain("status-succeeded");
    expect(await stateNode(page, "Wait 3 days").getAttribute("aria-label")).toBe("Wait 3 days: In progress");
    expect(await stateNode(page, "Claim follow-up 1").getAttribute("data-status")).toBe("not-reached");
    // Every state of the file is drawn, and the Catch edges dashed.
    expect(await page.locator("g.state-node").count()).toBe(15);
    expect(await page.locator("path.edge-catch").count()).toBeGreaterThanOrEqual(5);
    const types = await page.locator("table.events tbody tr td:nth-child(2)").allInnerTexts();
    expect(types).toEqual([
      "ExecutionStarted",
      "TaskStateEntered",
      "TaskScheduled",
      "TaskStarted",
      "TaskSucceeded",
      "TaskStateExited",
      "WaitStateEntered",
    ]);
    expect(await page.locator("table.events tbody tr").nth(6).locator("td").nth(2).textContent()).toBe(
      "Wait 3 days",
    );

    await stateNode(page, "Send support reply").click();
    const details = page.locator(".state-details");
    await details.getByRole("heading", { name: /Send support reply/ }).waitFor();
    const input = JSON.parse(await details.getByLabel("Input").inputValue());
    expect(input).toMatchObject({ caseNumber, replyId });
    expect(await details.getByLabel("Output").inputValue()).toContain(caseNumber);
    await expectAccessible(page);
    await screenshot(page, "executions-console-execution");

    await page.getByRole("button", { name: "Stop execution" }).click();
    const dialog = page.getByRole("dialog", { name: "Stop this execution?" });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Stop", exact: true }).click();
    await expect.poll(() => page.locator(".execution-head .badge").textContent()).toBe("Aborted");
    await expect.poll(() => stateNode(page, "Wait 3 days").getAttribute("data-status")).toBe("aborted");
    expect(await page.getByRole("button", { name: "Stop execution" }).count()).toBe(0);
    expect((await describeExecution(caseNumber, replyId))?.status).toBe("ABORTED");
    const lastRow = page.locator("table.events tbody tr").last();
    expect(await lastRow.locator("td").nth(1).textContent()).toBe("ExecutionAborted");
    expect(await lastRow.locator("td").nth(2).textContent()).toBe("");
    await screenshot(page, "executions-console-aborted");

    await page.getByRole("link", { name: `Case ${caseNumber}` }).click();
    await page.getByLabel("Status").selectOption("ABORTED");
    await expect.poll(() => row(page, name).locator("td").nth(1).textContent()).toBe("Aborted");
    await page.getByLabel("Status").selectOption("RUNNING");
    await expect.poll(() => row(page, name).count()).toBe(0);
    await page.getByText("No execution matches.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keyboard only: filter, open an execution, pick a state in the graph and read its data, in Chinese", async () => {
    const { caseNumber, replyId } = await answeredCase();
    const name = followUpExecutionName(caseNumber, replyId);
    await waitForExecution(caseNumber, replyId);
    const { page, context, errors } = await openConsole();
    await page.getByRole("heading", { level: 1, name: "Follow-up executions" }).waitFor();
    await tabTo(page, page.getByRole("button", { name: "中文" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "跟进执行" }).waitFor();
    await tabTo(page, page.getByLabel("案例编号"));
    await page.keyboard.type(caseNumber);
    const link = page.getByRole("link", { name });
    await link.waitFor();
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name }).waitFor();
    const wait = stateNode(page, "Wait 3 days");
    await expect.poll(() => wait.getAttribute("aria-label")).toBe("Wait 3 days：进行中");
    await tabTo(page, stateNode(page, "Send support reply"));
    await page.keyboard.press("Enter");
    expect(await stateNode(page, "Send support reply").getAttribute("aria-pressed")).toBe("true");
    const details = page.locator(".state-details");
    expect(JSON.parse(await details.getByLabel("输入").inputValue())).toMatchObject({ caseNumber });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await details.getByRole("heading", { name: /Wait 3 days/ }).waitFor();
    expect(await details.textContent()).toContain("暂无输出");
    await expectAccessible(page);
    await screenshot(page, "executions-console-execution-zh");
    expect(errors).toEqual([]);
    await context.close();
    // Leave nothing waiting for minutes behind.
    await sfn.send(new StopExecutionCommand({ executionArn: executionArnFor(caseNumber, replyId) }));
    await waitForExecution(caseNumber, replyId, isClosed);
  });

  it("proxies only the console's Step Functions calls", async () => {
    const call = (target: string) =>
      fetch(new URL("sfn", stack.consoleUrl), {
        method: "POST",
        headers: { "x-amz-target": target, "content-type": "application/x-amz-json-1.0" },
        body: "{}",
      });
    const listed = await call("AWSStepFunctions.ListStateMachines");
    expect(listed.status).toBe(200);
    expect(listed.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await listed.json()).toMatchObject({
      stateMachines: expect.arrayContaining([
        expect.objectContaining({ stateMachineArn: stack.stateMachineArn }),
      ]),
    });
    for (const refused of [
      "AWSStepFunctions.StartExecution",
      "AWSStepFunctions.DeleteStateMachine",
      "Nope",
    ]) {
      const answer = await call(refused);
      expect(answer.status, refused).toBe(403);
      expect(await answer.json()).toMatchObject({ __type: "AccessDeniedException" });
    }
    const page = await fetch(stack.consoleUrl);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await page.text()).toContain('src="/console/assets/console-');
  });
});
