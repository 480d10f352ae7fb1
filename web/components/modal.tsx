import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";
import "./modal.css";

const FOCUSABLE =
  "button:not([disabled]), [href], input:not([disabled]), textarea, select, [tabindex]:not([tabindex='-1'])";

/** Tab and Shift+Tab wrap around inside a modal dialog instead of leaving it for the browser's UI. */
function wrapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== "Tab") return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}

/**
 * What every modal of the app does, on a native `<dialog>` (the page behind is inert, Escape
 * cancels): it opens and closes with `open`, the focus starts on `initialFocus` (else the
 * dialog's first control) and returns where it was on closing, and Tab stays inside. Spread
 * the answer onto the `<dialog>`, which gets the `modal` class for the shared frame.
 */
export function useModal(
  open: boolean,
  onClose: () => void,
  initialFocus?: RefObject<HTMLElement | null>,
): {
  ref: RefObject<HTMLDialogElement | null>;
  class: string;
  onKeyDown(event: KeyboardEvent): void;
  onCancel(event: Event): void;
  onClose(): void;
} {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    (initialFocus?.current ?? element.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    return () => {
      element.close();
      opener?.focus();
    };
  }, [open]);
  return {
    ref: dialog,
    class: "modal",
    onKeyDown: (event) => dialog.current && wrapTab(dialog.current, event),
    // Escape: the dialog closes through the caller's state, so the opener gets its focus back.
    onCancel: (event) => {
      event.preventDefault();
      onClose();
    },
    // Chromium may close it without a cancel event (a second Escape): keep the state in step.
    onClose: () => open && onClose(),
  };
}
