import "./attachments.css";
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useStrings } from "../i18n";
import { attachmentStrings } from "./attachment-strings";
import { precheck, type UploadFailure, uploadAttachment } from "./upload";

interface Upload {
  key: number;
  file: File;
  loaded: number;
  state: "uploading" | "done" | "failed";
  failure?: UploadFailure;
}

let nextKey = 0;

/**
 * A case's attachments being added: a file picker, and per file a labelled progress bar and its
 * outcome in words. `initialFiles` (chosen before the case existed, as in the wizard) start
 * uploading at once. `children` (the files already attached, on the case page) show under the
 * heading; `onUploaded` hears of each finished upload.
 */
export function Attachments(props: {
  caseNumber: string;
  initialFiles?: readonly File[];
  children?: ComponentChildren;
  onUploaded?(): void;
}) {
  const t = useStrings(attachmentStrings);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const started = useRef(false);

  const update = (key: number, change: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  async function start(file: File, key = nextKey++) {
    const upload: Upload = { key, file, loaded: 0, state: "uploading" };
    setUploads((all) =>
      all.some((u) => u.key === key) ? all.map((u) => (u.key === key ? upload : u)) : [...all, upload],
    );
    const result = await uploadAttachment(props.caseNumber, file, (loaded) => update(key, { loaded }));
    update(
      key,
      result.ok ? { state: "done", loaded: file.size } : { state: "failed", failure: result.failure },
    );
    if (result.ok) props.onUploaded?.();
  }

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    for (const file of props.initialFiles ?? []) void start(file);
  }, []);

  return (
    <section class="attachments" aria-labelledby={`attachments-${props.caseNumber}`}>
      <h2 id={`attachments-${props.caseNumber}`}>{t.title}</h2>
      {props.children}
      {uploads.length ? (
        <ul class="uploads">
          {uploads.map((upload) => (
            <UploadRow key={upload.key} upload={upload} onRetry={() => void start(upload.file, upload.key)} />
          ))}
        </ul>
      ) : null}
      <FileInput
        id={`attach-${props.caseNumber}`}
        onFiles={(files) => {
          for (const file of files) void start(file);
        }}
      />
    </section>
  );
}

function UploadRow(props: { upload: Upload; onRetry(): void }) {
  const t = useStrings(attachmentStrings);
  const { file, loaded, state, failure, key } = props.upload;
  const percent = file.size ? Math.round((100 * loaded) / file.size) : 100;
  const id = `upload-${key}`;
  return (
    <li class={`upload ${state}`}>
      <label for={id}>{file.name}</label>
      <progress id={id} max={file.size || 1} value={loaded} />
      <span role="status" class={state === "failed" ? "error" : "hint"}>
        {state === "done" ? t.done : state === "failed" && failure ? t[failure] : t.uploading(percent)}
      </span>
      {state === "failed" && failure && ["busy", "transfer", "refused"].includes(failure) ? (
        <button type="button" class="link-button" onClick={props.onRetry}>
          {t.retry(file.name)}
        </button>
      ) : null}
    </li>
  );
}

/** The file picker, with the limits as its hint; the same input for the wizard and the case page. */
export function FileInput(props: { id: string; onFiles(files: File[]): void }) {
  const t = useStrings(attachmentStrings);
  return (
    <div class="field">
      <label for={props.id}>{t.pick}</label>
      <p id={`${props.id}-hint`} class="hint">
        {t.limits}
      </p>
      <input
        id={props.id}
        type="file"
        multiple
        aria-describedby={`${props.id}-hint`}
        onChange={(event) => {
          const input = event.currentTarget;
          props.onFiles([...(input.files ?? [])]);
          // The same file may be picked again (after removing it, or to retry).
          input.value = "";
        }}
      />
    </div>
  );
}

/** Files chosen before the case exists (the wizard): listed with what is wrong with each, removable. */
export function ChosenFiles(props: { id: string; files: readonly File[]; onChange(files: File[]): void }) {
  const t = useStrings(attachmentStrings);
  return (
    <fieldset class="attachments">
      <legend>{t.title}</legend>
      {props.files.length ? (
        <ul class="uploads" aria-label={t.chosen}>
          {props.files.map((file, index) => {
            const problem = precheck(file);
            return (
              <li key={`${file.name}-${index}`} class="upload">
                <span>{file.name}</span>
                {problem ? <span class="error">{t[problem]}</span> : null}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => props.onChange(props.files.filter((f) => f !== file))}
                >
                  {t.remove(file.name)}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <FileInput id={props.id} onFiles={(files) => props.onChange([...props.files, ...files])} />
    </fieldset>
  );
}
