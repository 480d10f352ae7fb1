import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import type { Outcome } from "../../../api";
import { wrapTab } from "../../../components/confirm-dialog";
import { FormStatus } from "../../../components/form-status";

/**
 * A modal form for one agent action (native `<dialog>`: the page behind is inert, Escape
 * cancels): the focus starts in its first field, Tab stays inside, and goes back where it was.
 */
export function ActionDialog(props: {
  id: string;
  open: boolean;
  title: string;
  submitLabel: string;
  cancelLabel: string;
  busy: boolean;
  outcome: Outcome<unknown> | undefined;
  children: ComponentChildren;
  onSubmit(): void;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || !props.open) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    element.querySelector<HTMLElement>("select, textarea, input")?.focus();
    return () => {
      element.close();
      opener?.focus();
    };
  }, [props.open]);
  return (
    <dialog
      ref={dialog}
      class="action-dialog"
      aria-labelledby={`${props.id}-title`}
      onKeyDown={(event) => dialog.current && wrapTab(dialog.current, event)}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
      onClose={() => props.open && props.onClose()}
    >
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!props.busy) props.onSubmit();
        }}
      >
        <FormStatus outcome={props.outcome} />
        {props.children}
        <div class="actions">
          <button type="button" onClick={props.onClose}>
            {props.cancelLabel}
          </button>
          <button type="submit" class="primary" disabled={props.busy}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
