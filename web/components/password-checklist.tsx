import { PASSWORD_POLICY, type PasswordRule, passwordPolicyChecks } from "#domain/password-policy";
import { defineStrings, useStrings } from "../i18n";
import { common } from "./strings";

const strings = defineStrings({
  en: {
    title: "Your password needs",
    length: (n: number) => `at least ${n} characters`,
    lowercase: "a lower-case letter",
    uppercase: "an upper-case letter",
    digit: "a digit",
    symbol: "a symbol such as ! @ # $ %",
  },
  "zh-CN": {
    title: "密码需要包含",
    length: (n: number) => `至少 ${n} 个字符`,
    lowercase: "一个小写字母",
    uppercase: "一个大写字母",
    digit: "一个数字",
    symbol: "一个符号，例如 ! @ # $ %",
  },
});

/** The password policy of the API (the same domain module), ticked off as the user types. */
export function PasswordChecklist(props: { id: string; password: string }) {
  const t = useStrings(strings);
  const c = useStrings(common);
  const label = (rule: PasswordRule) => (rule === "length" ? t.length(PASSWORD_POLICY.minLength) : t[rule]);
  return (
    <div id={props.id} class="checklist">
      <span>{t.title}</span>
      <ul>
        {passwordPolicyChecks(props.password).map(({ rule, met }) => (
          <li key={rule} class={met ? "met" : "unmet"}>
            <span aria-hidden="true">{met ? "✓" : "○"}</span> {label(rule)}
            <span class="visually-hidden"> ({met ? c.met : c.notMet})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
