import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import "./confirm-dialog.css";

const FOCUSABLE =
  "button:not([disabled]), [href], input:not([disabled]), textarea, select, [tabindex]:not([tabindex='-1'])";

/** Tab and Shift+Tab wrap around inside a modal dialog instead of leaving it for the browser's UI. */
export function wrapTab(dialog: HTMLElement, event: KeyboardEvent): void {
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
 * A modal question (native `<dialog>`: the page behind is inert, Escape cancels). Tab wraps
 * inside it, and the focus starts on the safe answer and returns where it was on closing.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || !props.open) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    cancel.current?.focus();
    return () => {
      element.close();
      opener?.focus();
    };
  }, [props.open]);

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby="confirm-dialog-title"
      onKeyDown={(event) => dialog.current && wrapTab(dialog.current, event)}
      onCancel={(event) => {
        // Escape: the dialog closes through our state, so the opener gets its focus back.
        event.preventDefault();
        props.onClose();
      }}
      // Chromium may close it without a cancel event (a second Escape): keep our state in step.
      onClose={() => props.open && props.onClose()}
    >
      <h2 id="confirm-dialog-title">{props.title}</h2>
      {props.children}
      <div class="actions">
        <button ref={cancel} type="button" onClick={props.onClose}>
          {props.cancelLabel}
        </button>
        <button type="button" class="danger" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
