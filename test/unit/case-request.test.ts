import { describe, expect, it } from "vitest";
import { caseRequest, controlId } from "../../web/screens/support/case-request";

describe("the wizard's case request", () => {
  it("nests the form's field paths as the API's body, leaving out blank fields and wholly blank groups", () => {
    const body = caseRequest("product-problem", "AAA11-BB22B-C33CC-44DDD-5EEEE", {
      subject: "Restore fails",
      description: "E42",
      severity: "A",
      preferredContact: "email",
      "problem.symptoms": "hangs",
      "problem.errorOutput": "  ",
      "environment.build": "",
      "contact.otherContact.name": "Wang Fang",
      "contact.company": "",
    });
    expect(body).toEqual({
      topic: "product-problem",
      serial: "AAA11-BB22B-C33CC-44DDD-5EEEE",
      subject: "Restore fails",
      description: "E42",
      severity: "A",
      preferredContact: "email",
      problem: { symptoms: "hangs" },
      contact: { otherContact: { name: "Wang Fang" } },
    });
  });

  it("sends a customer-service question without a serial, and names controls without dots", () => {
    expect(caseRequest("licensing", undefined, { subject: "x" })).toEqual({
      topic: "licensing",
      subject: "x",
    });
    expect(controlId("contact.otherContact.email")).toBe("contact-otherContact-email");
  });
});
