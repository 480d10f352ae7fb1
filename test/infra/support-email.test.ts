import { describe, expect, it } from "vitest";
import { EMAIL_TEMPLATES } from "#email/templates";
import { template, useSynthesizedStacks } from "./stack-synth";
import { resources } from "./template-queries";

useSynthesizedStacks();

describe("e-mail", () => {
  it("deploys every template of EMAIL_TEMPLATES, word for word", () => {
    const deployed = resources("AWS::SES::Template").map(
      ([, resource]) => (resource.Properties as { Template: Record<string, string> }).Template,
    );
    expect(deployed.map((t) => t.TemplateName).sort()).toEqual(EMAIL_TEMPLATES.map((t) => t.name).sort());
    for (const emailTemplate of EMAIL_TEMPLATES) {
      expect(deployed).toContainEqual({
        TemplateName: emailTemplate.name,
        SubjectPart: emailTemplate.subject,
        TextPart: emailTemplate.text,
        HtmlPart: emailTemplate.html,
      });
    }
  });

  it("sends through a configuration set named for the stage, and creates no identity by default", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSet", { Name: "support-center-test" });
    template.resourceCountIs("AWS::SES::EmailIdentity", 0);
  });
});
