import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { BUSINESS_METRICS, METRICS_NAMESPACE, serviceNameFor } from "#shared/metric-names";
import { template, useSynthesizedStacks } from "./stack-synth";
import { only, resources } from "./template-queries";

useSynthesizedStacks();

describe("the dashboard", () => {
  /** The dashboard body with every token replaced by a placeholder: JSON to read, not to deploy. */
  const body = (): { widgets: { type: string; properties: Record<string, unknown> }[] } => {
    const [, dashboard] = only("AWS::CloudWatch::Dashboard");
    const parts = (dashboard.Properties.DashboardBody as { "Fn::Join": [string, unknown[]] })["Fn::Join"][1];
    return JSON.parse(parts.map((part) => (typeof part === "string" ? part : "TOKEN")).join(""));
  };
  const titles = () => body().widgets.map((widget) => String(widget.properties.title ?? ""));

  it("is one dashboard named for the stage, with its URL as an output", () => {
    template.hasResourceProperties("AWS::CloudWatch::Dashboard", { DashboardName: "support-center-test" });
    template.hasOutput("DashboardUrl", {
      Value: { "Fn::Join": ["", Match.arrayWith([Match.stringLikeRegexp("dashboards/dashboard/")])] },
    });
  });

  it("shows the API, the functions, the follow-ups, the dead letters and e-mail", () => {
    expect(titles()).toEqual(
      expect.arrayContaining([
        "API requests",
        "API errors",
        "API latency (ms)",
        "Lambda errors",
        "Lambda throttles",
        "Lambda duration p99 (ms)",
        "Follow-up executions (per hour)",
        "Dead-letter queues (messages waiting)",
        "E-mail (configuration set events per hour)",
      ]),
    );
    const text = JSON.stringify(body());
    for (const metric of [
      "ExecutionsStarted",
      "ExecutionsSucceeded",
      "ExecutionsFailed",
      "ExecutionsTimedOut",
    ]) {
      expect(text).toContain(`"${metric}"`);
    }
    expect(text).toContain('"ExecutionsAborted"');
    for (const event of ["Send", "Delivery", "Bounce", "Complaint"])
      expect(text).toContain(`"AWS/SES","${event}"`);
    expect(text).toContain('"p99"');
    expect(text).toContain('"p50"');
  });

  it("shows every business metric as a total, and by its breakdown through SEARCH", () => {
    const text = JSON.stringify(body());
    const expressions = body().widgets.flatMap((widget) =>
      ((widget.properties.metrics ?? []) as unknown[][]).flatMap((entry) =>
        entry.flatMap((part) =>
          typeof part === "object" && part && "expression" in part ? [part.expression] : [],
        ),
      ),
    );
    for (const { name, breakdown } of Object.values(BUSINESS_METRICS)) {
      expect(text).toContain(`["${METRICS_NAMESPACE}","${name}","service","${serviceNameFor("test")}"`);
      if (breakdown.length === 0) continue;
      const schema = [METRICS_NAMESPACE, ...[...breakdown, "service"].sort()].join(",");
      expect(expressions).toContain(
        `SEARCH('{${schema}} MetricName="${name}" service="${serviceNameFor("test")}"', 'Sum', 3600)`,
      );
    }
  });

  it("shows the state of every alarm", () => {
    const alarmWidget = body().widgets.find((widget) => widget.type === "alarm");
    expect((alarmWidget?.properties.alarms as unknown[] | undefined)?.length).toBe(
      resources("AWS::CloudWatch::Alarm").length,
    );
  });
});
