import { Page } from "../../components/page";
import type { StaffPageProps } from "../staff-app";

/** Canned replies: create, edit, delete. (Not built yet.) */
export function CannedRepliesPage(props: StaffPageProps) {
  return (
    <Page title="…" aside={props.menu}>
      <p role="status">…</p>
    </Page>
  );
}
