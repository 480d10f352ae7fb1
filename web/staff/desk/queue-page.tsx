import { Page } from "../../components/page";
import type { StaffPageProps } from "../staff-app";

/** The case queue: open cases, first response due soonest first. (Not built yet.) */
export function QueuePage(props: StaffPageProps) {
  return (
    <Page title="…" aside={props.menu}>
      <p role="status">…</p>
    </Page>
  );
}
