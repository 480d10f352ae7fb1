import { Page } from "../../components/page";
import type { StaffPageProps } from "../staff-app";

/** Support engineers: create, list, disable. (Not built yet.) */
export function AgentsPage(props: StaffPageProps) {
  return (
    <Page title="…" aside={props.menu}>
      <p role="status">…</p>
    </Page>
  );
}
