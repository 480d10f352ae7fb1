import { Page } from "../../components/page";
import type { StaffPageProps } from "../staff-app";

/** A case for a caller on the phone, the customer looked up by e-mail. (Not built yet.) */
export function PhoneCasePage(props: StaffPageProps) {
  return (
    <Page title="…" aside={props.menu}>
      <p role="status">…</p>
    </Page>
  );
}
