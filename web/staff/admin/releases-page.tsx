import "./admin.css";
import { useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { putFile } from "../../components/upload";
import { today } from "../../format";
import { useStrings } from "../../i18n";
import type { StaffPageProps } from "../staff-app";
import { NoticeProgress } from "./notice-progress";
import { releaseStrings } from "./releases-strings";

type Published = components["schemas"]["PublishedRelease"];

const EMPTY = {
  productId: "",
  version: "",
  build: "",
  releasedOn: today(),
  whatsNew: "",
  knownIssues: "",
  installationNotes: "",
};

const NOTE_PARTS = ["whatsNew", "knownIssues", "installationNotes"] as const;

/** The release's file name as the API takes it: letters, digits, `.`, `-` and `_` only. */
const releaseFileName = (name: string) => name.replace(/[^\w.-]/g, "_").slice(-200) || "build";

interface Upload {
  release: Published;
  file: File;
  loaded: number;
  state: "uploading" | "done" | "failed";
}

/** Publishing a build: its facts and notes recorded, then its file PUT to the signed URL with progress. */
export function ReleasesPage(props: StaffPageProps) {
  const t = useStrings(releaseStrings);
  const [form, setForm] = useState(EMPTY);
  const [file, setFile] = useState<File>();
  const [outcome, setOutcome] = useState<Outcome<Published>>();
  const [upload, setUpload] = useState<Upload>();
  const [noFile, setNoFile] = useState(false);
  const errors = outcome ? fieldErrors(outcome) : {};
  const set = (name: keyof typeof EMPTY) => (event: Event) =>
    setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value });

  async function send(release: Published, chosen: File) {
    setUpload({ release, file: chosen, loaded: 0, state: "uploading" });
    const stored = await putFile(release.upload.url, {}, chosen, (loaded) =>
      setUpload((u) => u && { ...u, loaded }),
    );
    setUpload(
      (u) => u && { ...u, loaded: stored ? chosen.size : u.loaded, state: stored ? "done" : "failed" },
    );
  }

  async function submit(event: Event) {
    event.preventDefault();
    setNoFile(!file);
    if (!file) return;
    const answer = await call(
      api.POST("/admin/releases", {
        body: {
          productId: form.productId.trim(),
          version: form.version.trim(),
          build: Number(form.build),
          releasedOn: form.releasedOn,
          ...Object.fromEntries(NOTE_PARTS.map((part) => [part, form[part]]).filter(([, text]) => text)),
          sizeBytes: file.size,
          fileName: releaseFileName(file.name),
        },
      }),
    );
    setOutcome(answer);
    if (answer.ok) await send(answer.data, file);
  }

  function again() {
    setForm(EMPTY);
    setFile(undefined);
    setOutcome(undefined);
    setUpload(undefined);
  }

  const busy = upload?.state === "uploading";
  return (
    <Page title={t.title} aside={props.menu}>
      <p>{t.intro}</p>
      {upload ? (
        <UploadState upload={upload} onRetry={() => void send(upload.release, upload.file)} onAgain={again} />
      ) : (
        <form class="stack" noValidate onSubmit={submit}>
          <FormStatus outcome={outcome} />
          <Field id="release-product" label={t.productId} hint={t.productIdHint} error={errors.productId}>
            {(control) => (
              <input {...control} class="code" value={form.productId} onInput={set("productId")} />
            )}
          </Field>
          <div class="row">
            <Field id="release-version" label={t.version} hint={t.versionHint} error={errors.version}>
              {(control) => <input {...control} value={form.version} onInput={set("version")} />}
            </Field>
            <Field id="release-build" label={t.build} error={errors.build}>
              {(control) => (
                <input {...control} type="number" min={1} value={form.build} onInput={set("build")} />
              )}
            </Field>
          </div>
          <Field id="release-date" label={t.releasedOn} error={errors.releasedOn}>
            {(control) => (
              <input {...control} type="date" value={form.releasedOn} onInput={set("releasedOn")} />
            )}
          </Field>
          <fieldset class="stack">
            <legend>{t.notes}</legend>
            <p class="hint">{t.notesHint}</p>
            {NOTE_PARTS.map((part) => (
              <Field key={part} id={`release-${part}`} label={t[part]} error={errors[part]}>
                {(control) => <textarea {...control} rows={4} value={form[part]} onInput={set(part)} />}
              </Field>
            ))}
          </fieldset>
          <Field
            id="release-file"
            label={t.file}
            error={noFile ? t.noFile : (errors.sizeBytes ?? errors.fileName)}
          >
            {(control) => (
              <input {...control} type="file" onChange={(event) => setFile(event.currentTarget.files?.[0])} />
            )}
          </Field>
          <button type="submit" class="primary" disabled={busy}>
            {t.publish}
          </button>
        </form>
      )}
    </Page>
  );
}

function UploadState(props: { upload: Upload; onRetry(): void; onAgain(): void }) {
  const t = useStrings(releaseStrings);
  const { release, file, loaded, state } = props.upload;
  const percent = file.size ? Math.round((100 * loaded) / file.size) : 100;
  return (
    <div class="stack">
      <div class="upload-progress">
        <label for="release-progress">{t.uploadLabel(file.name)}</label>
        <progress id="release-progress" max={file.size || 1} value={loaded} />
        <span class="hint">{t.uploaded(percent)}</span>
      </div>
      {state === "done" ? (
        <>
          <div class="notice" role="status">
            <p>{t.published(release.build, release.version, release.productId)}</p>
            <p class="hint">
              {t.fileKey} <code>{release.fileKey}</code>
            </p>
          </div>
          <NoticeProgress release={release} />
        </>
      ) : null}
      {state === "failed" ? (
        <div class="alert" role="alert">
          {t.transfer}{" "}
          <button type="button" class="link-button" onClick={props.onRetry}>
            {t.retry}
          </button>
        </div>
      ) : null}
      {state !== "uploading" ? (
        <p>
          <button type="button" onClick={props.onAgain}>
            {t.another}
          </button>
        </p>
      ) : null}
    </div>
  );
}
