import { useState } from "preact/hooks";
import { useStrings } from "../../i18n";
import { strings } from "./strings";

/** "Get all serial numbers": shows a product's serials (for a customer who lost them) and copies them. */
export function Serials(props: { id: string; productName: string; serials: string[] }) {
  const t = useStrings(strings);
  const [shown, setShown] = useState(false);
  const [copy, setCopy] = useState<"copied" | "failed">();
  async function copySerials() {
    try {
      await navigator.clipboard.writeText(props.serials.join("\n"));
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }
  return (
    <div class="serials">
      <button
        type="button"
        aria-expanded={shown ? "true" : "false"}
        aria-controls={props.id}
        onClick={() => {
          setShown(!shown);
          setCopy(undefined);
        }}
      >
        {shown ? t.hideSerials : t.getSerials}
      </button>
      <div id={props.id} hidden={!shown}>
        <ul aria-label={t.serialsOf(props.productName)}>
          {props.serials.map((serial) => (
            <li key={serial}>
              <code>{serial}</code>
            </li>
          ))}
        </ul>
        <button type="button" onClick={copySerials}>
          {t.copy}
        </button>
        <p role="status" class="hint">
          {copy === "copied" ? t.copied : copy === "failed" ? t.copyFailed : ""}
        </p>
      </div>
    </div>
  );
}
