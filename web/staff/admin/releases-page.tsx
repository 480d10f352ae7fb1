import { Page } from "../../components/page";
import type { StaffPageProps } from "../staff-app";

/** Publishing a build: its file uploaded from the browser and its release notes. (Not built yet.) */
export function ReleasesPage(props: StaffPageProps) {
  return (
    <Page title="…" aside={props.menu}>
      <p role="status">…</p>
    </Page>
  );
}
