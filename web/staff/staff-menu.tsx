import type { components } from "../../client/openapi";
import { useStrings } from "../i18n";
import { Link } from "../router";
import { SignOutButton } from "../screens/account/account-menu";
import { isAdmin } from "./groups";
import { staffStrings } from "./strings";

type Profile = components["schemas"]["Profile"];

const DESK = [
  { path: "/desk", label: "queue" },
  { path: "/desk/new-case", label: "phoneCase" },
] as const;

const ADMIN = [
  { path: "/admin/licenses", label: "licenses" },
  { path: "/admin/releases", label: "releases" },
  { path: "/admin/agents", label: "agents" },
  { path: "/admin/canned-replies", label: "cannedReplies" },
  { path: "/admin/feedback", label: "feedback" },
] as const;

/** The staff side's menu: the desk for every engineer, the console's pages for admins. */
export function StaffMenu(props: { current: string; profile: Profile | undefined; onSignedOut(): void }) {
  const t = useStrings(staffStrings);
  const entries = (items: readonly { path: string; label: keyof typeof t }[]) => (
    <ul>
      {items.map((item) => (
        <li key={item.path}>
          <Link to={item.path} current={props.current === item.path}>
            {t[item.label] as string}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <nav class="menu" aria-label={t.menu}>
      <h2 class="menu-heading">{t.desk}</h2>
      {entries(DESK)}
      {isAdmin(props.profile) ? (
        <>
          <h2 class="menu-heading">{t.admin}</h2>
          {entries(ADMIN)}
        </>
      ) : null}
      <ul>
        <li>
          <SignOutButton onSignedOut={props.onSignedOut} label={t.signOut} />
        </li>
      </ul>
    </nav>
  );
}
