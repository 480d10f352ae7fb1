import { Page } from "../../../components/page";
import type { StaffPageProps } from "../../staff-app";

/** One case as the desk shows it: customer, timeline, follow-up, composer and actions. (Not built yet.) */
export function DeskCasePage(props: StaffPageProps & { number: string }) {
  return (
    <Page title="…" aside={props.menu}>
      <p role="status">…</p>
    </Page>
  );
}
