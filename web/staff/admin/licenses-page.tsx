import { Page } from "../../components/page";
import type { StaffPageProps } from "../staff-app";

/** License import (CSV or JSON, per-row report) and changing one license. (Not built yet.) */
export function LicensesPage(props: StaffPageProps) {
  return (
    <Page title="…" aside={props.menu}>
      <p role="status">…</p>
    </Page>
  );
}
