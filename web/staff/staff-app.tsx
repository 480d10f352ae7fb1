import type { ComponentChildren } from "preact";
import { Page } from "../components/page";
import { useStrings } from "../i18n";
import { Link } from "../router";
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

/** The page at this path, or undefined when there is none. */
function staffPage(_props: StaffPageProps): ComponentChildren | undefined {
  return undefined;
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
