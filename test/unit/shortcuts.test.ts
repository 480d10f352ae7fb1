import { describe, expect, it } from "vitest";
import { matchesShortcut } from "../../web/staff/shortcuts";

const press = (init: Partial<KeyboardEvent>) =>
  ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, code: "", ...init }) as KeyboardEvent;

describe("keyboard shortcuts", () => {
  it("match plain keys only without Ctrl or Alt", () => {
    expect(matchesShortcut(press({ key: "j" }), "j")).toBe(true);
    expect(matchesShortcut(press({ key: "J", shiftKey: true }), "j")).toBe(true);
    expect(matchesShortcut(press({ key: "j", ctrlKey: true }), "j")).toBe(false);
    expect(matchesShortcut(press({ key: "?", shiftKey: true }), "?")).toBe(true);
  });

  it("take ⌘ for Ctrl and the physical key under Alt", () => {
    expect(matchesShortcut(press({ key: "Enter", metaKey: true }), "Ctrl+Enter")).toBe(true);
    expect(matchesShortcut(press({ key: "Enter" }), "Ctrl+Enter")).toBe(false);
    expect(matchesShortcut(press({ key: "ç", code: "KeyC", altKey: true }), "Alt+c")).toBe(true);
    expect(matchesShortcut(press({ key: "c", code: "KeyC" }), "Alt+c")).toBe(false);
  });
});
