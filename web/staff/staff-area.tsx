import { useEffect, useState } from "preact/hooks";
import type { components } from "../../client/openapi";
import { common } from "../components/strings";
import { useStrings } from "../i18n";

type Profile = components["schemas"]["Profile"];
type StaffModule = typeof import("./staff-app");

export interface StaffAreaProps {
  path: string;
  query: URLSearchParams;
  profile: Profile | undefined;
  onSignedOut(): void;
}

/**
 * The agent desk and the admin console, fetched only when a staff page is opened: customers
 * never download them (the portal's first-load budget), and staff wait one small request once.
 */
export function StaffArea(props: StaffAreaProps) {
  const t = useStrings(common);
  const [staff, setStaff] = useState<StaffModule>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import("./staff-app").then(setStaff, () => setFailed(true));
  }, []);
  if (failed) return <p role="alert">{t.failed}</p>;
  return staff ? <staff.StaffApp {...props} /> : <p role="status">{t.working}</p>;
}
