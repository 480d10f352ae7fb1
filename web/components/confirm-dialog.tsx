import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";
import { useModal } from "./modal";

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
  const cancel = useRef<HTMLButtonElement>(null);
  const modal = useModal(props.open, props.onClose, cancel);
  return (
    <dialog {...modal} aria-labelledby="confirm-dialog-title">
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
