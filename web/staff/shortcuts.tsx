import { Fragment } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useModal } from "../components/modal";
import { useStrings } from "../i18n";
import { staffStrings } from "./strings";
import "./shortcuts.css";

/** One keyboard shortcut of a page: keys as "j", "?", "Ctrl+Enter" or "Alt+c" (Ctrl is ⌘ on a Mac). */
export interface Shortcut {
  keys: string;
  /** What the help overlay says it does. */
  label: string;
  run(): void;
  /** Also while typing in a field: only for keys with Ctrl or Alt, which never type a character. */
  inFields?: boolean;
}

const TYPING = "input, textarea, select, [contenteditable='true']";

/** Whether a key press is this shortcut: modifiers must match; Shift only where the key names it. */
export function matchesShortcut(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split("+");
  const key = parts.pop() ?? "";
  const wants = new Set(parts);
  if ((event.ctrlKey || event.metaKey) !== wants.has("Ctrl") || event.altKey !== wants.has("Alt"))
    return false;
  if (wants.has("Shift") && !event.shiftKey) return false;
  // With Alt, macOS types a different character (Alt+c is "ç"): compare the physical key then.
  const typed = wants.has("Alt") && /^[a-z]$/i.test(key) ? event.code.replace(/^Key/, "") : event.key;
  return typed.toLowerCase() === key.toLowerCase();
}

/**
 * A page's shortcuts, active while it is shown. Plain keys are ignored while the focus is in a
 * field (they type there) and while a dialog is open (it has its own keys).
 */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const inField = event.target instanceof Element && event.target.closest(TYPING) !== null;
      const inDialog = document.querySelector("dialog[open]") !== null;
      const shortcut = current.current.find(
        (s) => matchesShortcut(event, s.keys) && (!inField || s.inFields) && (!inDialog || s.inFields),
      );
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** A shortcut's keys as the help shows them: one <kbd> per key. */
function Keys(props: { keys: string }) {
  const parts = props.keys.split("+");
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={part}>
          {index > 0 ? "+" : null}
          <kbd>{part}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/**
 * The page's shortcuts and the overlay that lists them: "?" or the button opens it, Escape or
 * Close shuts it and the focus goes back where it was.
 */
export function ShortcutHelp(props: {
  groups: readonly { title: string; shortcuts: readonly Shortcut[] }[];
}) {
  const t = useStrings(staffStrings);
  const [open, setOpen] = useState(false);
  const modal = useModal(open, () => setOpen(false));
  const all = props.groups.flatMap((group) => group.shortcuts);
  useShortcuts([...all, { keys: "?", label: t.shortcuts, run: () => setOpen(true) }]);
  return (
    <>
      <button type="button" class="link-button shortcut-button" onClick={() => setOpen(true)}>
        {t.shortcuts} <kbd>?</kbd>
      </button>
      <dialog {...modal} class="modal shortcut-help" aria-labelledby="shortcut-help-title">
        <h2 id="shortcut-help-title">{t.shortcuts}</h2>
        {props.groups.map((group) => (
          <table key={group.title}>
            <caption>{group.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.shortcutKeys}</th>
                <th scope="col">{t.shortcutAction}</th>
              </tr>
            </thead>
            <tbody>
              {group.shortcuts.map((shortcut) => (
                <tr key={shortcut.keys}>
                  <td>
                    <Keys keys={shortcut.keys} />
                  </td>
                  <td>{shortcut.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <div class="actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
