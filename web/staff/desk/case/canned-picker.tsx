import type { Ref } from "preact";
import { useState } from "preact/hooks";
import { type CannedFacts, fillCannedReply } from "#domain/canned-replies";
import { type Language, useLanguage, useStrings } from "../../../i18n";
import type { CannedReply } from "./desk-case-data";
import { deskCaseStrings } from "./desk-case-strings";

/**
 * The admin-written canned replies: listed by title in the agent's language, inserted in the
 * case's language with the placeholders filled (an unknown fact stays visible to fill in by hand).
 */
export function CannedPicker(props: {
  replies: CannedReply[];
  caseLanguage: Language;
  facts: CannedFacts;
  selectRef: Ref<HTMLSelectElement>;
  onInsert(text: string): void;
}) {
  const t = useStrings(deskCaseStrings);
  const { language } = useLanguage();
  const [chosen, setChosen] = useState("");
  if (props.replies.length === 0) return <p class="hint">{t.noCanned}</p>;
  function insert() {
    const reply = props.replies.find((r) => r.cannedReplyId === chosen);
    if (reply) props.onInsert(fillCannedReply(reply.body[props.caseLanguage], props.facts));
  }
  return (
    <div class="canned-picker">
      <label for="canned-reply">{t.canned}</label>
      <div class="inline">
        <select
          id="canned-reply"
          ref={props.selectRef}
          value={chosen}
          onChange={(event) => setChosen(event.currentTarget.value)}
        >
          <option value="">{t.chooseCanned}</option>
          {props.replies.map((reply) => (
            <option key={reply.cannedReplyId} value={reply.cannedReplyId}>
              {reply.title[language]}
            </option>
          ))}
        </select>
        <button type="button" disabled={!chosen} onClick={insert}>
          {t.insertCanned}
        </button>
      </div>
    </div>
  );
}
