import { Page } from "../../components/page";
import type { StaffPageProps } from "../staff-app";

/** Feedback triage: list, filter, move new → reviewed → answered. (Not built yet.) */
export function FeedbackTriagePage(props: StaffPageProps) {
  return (
    <Page title="…" aside={props.menu}>
      <p role="status">…</p>
    </Page>
  );
}
