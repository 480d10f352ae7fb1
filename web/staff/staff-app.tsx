import type { ComponentChildren } from "preact";
import { Page } from "../components/page";
import { useStrings } from "../i18n";
import { Link } from "../router";
import { AgentsPage } from "./admin/agents-page";
import { CannedRepliesPage } from "./admin/canned-replies-page";
import { FeedbackTriagePage } from "./admin/feedback-page";
import { LicensesPage } from "./admin/licenses-page";
import { ReleasesPage } from "./admin/releases-page";
import { DeskCasePage } from "./desk/case/desk-case-page";
import { PhoneCasePage } from "./desk/phone-case-page";
import { QueuePage } from "./desk/queue-page";
import { isAdmin, isStaff } from "./groups";
import type { StaffAreaProps } from "./staff-area";
import { StaffMenu } from "./staff-menu";
import { staffStrings } from "./strings";

/** What a staff page gets: who is signed in, the frame's menu, and the query. */
export interface StaffPageProps extends StaffAreaProps {
  menu: ComponentChildren;
}

/** The staff side's pages by path; the desk's under /desk, the admin console's under /admin. */
export function StaffApp(props: StaffAreaProps) {
  const t = useStrings(staffStrings);
  if (!props.profile) return <p role="status">…</p>;
  if (!isStaff(props.profile))
    return <Refused title={t.notStaffTitle} text={t.notStaffText} back="/account" label={t.toAccount} />;
  const menu = <StaffMenu current={props.path} profile={props.profile} onSignedOut={props.onSignedOut} />;
  if (props.path.startsWith("/admin") && !isAdmin(props.profile))
    return (
      <Refused title={t.notAdminTitle} text={t.notAdminText} back="/desk" label={t.toQueue} menu={menu} />
    );
  const page = staffPage({ ...props, menu });
  return (
    page ?? (
      <Refused title={t.notFoundTitle} text={t.notFoundText} back="/desk" label={t.toQueue} menu={menu} />
    )
  );
}

const PAGES: Record<string, (props: StaffPageProps) => ComponentChildren> = {
  "/desk": QueuePage,
  "/desk/new-case": PhoneCasePage,
  "/admin": LicensesPage,
  "/admin/licenses": LicensesPage,
  "/admin/releases": ReleasesPage,
  "/admin/agents": AgentsPage,
  "/admin/canned-replies": CannedRepliesPage,
  "/admin/feedback": FeedbackTriagePage,
};

/** The page at this path, or undefined when there is none. */
function staffPage(props: StaffPageProps): ComponentChildren | undefined {
  const path = props.path.replace(/\/$/, "") || "/";
  const deskCase = /^\/desk\/cases\/(\d{8})$/.exec(path);
  if (deskCase?.[1]) return <DeskCasePage key={deskCase[1]} {...props} number={deskCase[1]} />;
  const Found = PAGES[path];
  return Found ? <Found {...props} /> : undefined;
}

function Refused(props: {
  title: string;
  text: string;
  back: string;
  label: string;
  menu?: ComponentChildren;
}) {
  return (
    <Page title={props.title} aside={props.menu}>
      <p>{props.text}</p>
      <p>
        <Link to={props.back}>{props.label}</Link>
      </p>
    </Page>
  );
}
