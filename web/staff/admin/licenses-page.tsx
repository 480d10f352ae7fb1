import "./admin.css";
import { Page } from "../../components/page";
import { useStrings } from "../../i18n";
import type { StaffPageProps } from "../staff-app";
import { LicenseChange } from "./license-change";
import { LicenseImport } from "./license-import";
import { licenseStrings } from "./licenses-strings";

/** The license catalog: an import (CSV or JSON) with its report per row, and one license changed. */
export function LicensesPage(props: StaffPageProps) {
  const t = useStrings(licenseStrings);
  return (
    <Page title={t.title} aside={props.menu} wide>
      <LicenseImport />
      <LicenseChange />
    </Page>
  );
}
