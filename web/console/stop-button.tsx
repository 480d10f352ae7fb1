import { useRef, useState } from "preact/hooks";
import { useStrings } from "../i18n";
import { stopExecution } from "./sfn";
import { consoleStrings } from "./strings";

/** Stop, after a confirmation in a modal dialog (focus moves in and back, Escape cancels). */
export function StopButton(props: { executionArn: string; onStopped(): void }) {
  const t = useStrings(consoleStrings);
  const dialog = useRef<HTMLDialogElement>(null);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);
  const stop = async () => {
    setWorking(true);
    setFailed(false);
    try {
      await stopExecution(props.executionArn);
      dialog.current?.close();
      props.onStopped();
    } catch {
      setFailed(true);
    } finally {
      setWorking(false);
    }
  };
  return (
    <>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        {t.stop}
      </button>
      <dialog ref={dialog} class="confirm" aria-labelledby="stop-title" aria-describedby="stop-text">
        <h2 id="stop-title">{t.stopTitle}</h2>
        <p id="stop-text">{t.stopText}</p>
        {failed && (
          <p class="error" role="alert">
            {t.stopFailed}
          </p>
        )}
        <div class="actions">
          <button type="button" class="danger" disabled={working} onClick={stop}>
            {t.stopConfirm}
          </button>
          <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
            {t.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
