import type { ComponentChildren } from "preact";
import type { Outcome } from "../../../api";
import { FormStatus } from "../../../components/form-status";
import { useModal } from "../../../components/modal";

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
  const modal = useModal(props.open, props.onClose);
  return (
    <dialog {...modal} aria-labelledby={`${props.id}-title`}>
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
