import { api } from "../../api";
import { CONFIG } from "../../config";
import { useStrings } from "../../i18n";
import { Link, navigate } from "../../router";
import { clearSession } from "../../session";
import { strings } from "./strings";

/** The handbook's "My account" menu, in its order, then the customer's cases and feedback. */
const MENU = [
  { path: "/account", label: "menuProfile" },
  { path: "/products", label: "menuProducts" },
  { path: "/products/register", label: "menuRegister" },
  { path: "/products/updates", label: "menuUpdates" },
  { path: "/subscriptions", label: "menuSubscriptions" },
  { path: "/support", label: "menuContact" },
  { path: "/cases", label: "menuCases" },
  { path: "/feedback", label: "menuFeedback" },
] as const;

export function AccountMenu(props: { current: string; onSignedOut(): void }) {
  const t = useStrings(strings);
  return (
    <nav class="menu" aria-label={t.menu}>
      <ul>
        {MENU.map((item) => (
          <li key={item.path}>
            <Link to={item.path} current={props.current === item.path}>
              {t[item.label]}
            </Link>
          </li>
        ))}
        <li>
          <SignOutButton onSignedOut={props.onSignedOut} label={t.signOut} />
        </li>
      </ul>
      <p class="hint">
        {t.questions} <a href={CONFIG.selfServiceUrls["knowledge-base"]}>{t.getAnswers}</a>
      </p>
    </nav>
  );
}

/** Signs out everywhere; the browser forgets the session even when the network fails. */
export function SignOutButton(props: { label: string; onSignedOut(): void }) {
  async function signOut() {
    await api.POST("/sessions/sign-out").catch(() => undefined);
    clearSession();
    props.onSignedOut();
    navigate("/sign-in", { replace: true });
  }
  return (
    <button type="button" class="link-button" onClick={signOut}>
      {props.label}
    </button>
  );
}
