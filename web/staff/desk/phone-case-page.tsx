import { useEffect, useState } from "preact/hooks";
import { api, call } from "../../api";
import { Page } from "../../components/page";
import { useStrings } from "../../i18n";
import { navigate } from "../../router";
import type { Severity } from "../../screens/support/types";
import "../../screens/support/support.css";
import { ShortcutHelp } from "../shortcuts";
import type { StaffPageProps } from "../staff-app";
import "./desk.css";
import { CallForm } from "./phone-case/call-form";
import { CustomerCard } from "./phone-case/customer-card";
import { CustomerLookup, LOOKUP_FIELD } from "./phone-case/customer-lookup";
import { phoneShortcutStrings, phoneStrings } from "./phone-case/strings";
import type { StaffCustomer } from "./phone-case/types";
import "./phone-case/phone-case.css";

/** A case for a caller on the phone: the customer looked up by e-mail, then their request taken down. */
export function PhoneCasePage(props: StaffPageProps) {
  const t = useStrings(phoneStrings);
  const k = useStrings(phoneShortcutStrings);
  const [customer, setCustomer] = useState<StaffCustomer>();
  const [severities, setSeverities] = useState<Severity[]>([]);
  useEffect(() => {
    void call(api.GET("/support/severities")).then((o) => o.ok && setSeverities(o.data.items));
  }, []);
  return (
    <Page title={t.title} aside={props.menu}>
      <div class="desk-intro">
        <p>{t.intro}</p>
        <ShortcutHelp
          groups={[
            {
              title: k.group,
              shortcuts: [
                {
                  keys: "/",
                  label: k.focusLookup,
                  run: () => document.getElementById(LOOKUP_FIELD)?.focus(),
                },
                { keys: "q", label: k.toQueue, run: () => navigate("/desk") },
              ],
            },
          ]}
        />
      </div>
      <CustomerLookup onLookedUp={setCustomer} />
      {customer ? (
        <>
          <CustomerCard customer={customer} />
          <CallForm key={customer.customer.id} customer={customer} severities={severities} />
        </>
      ) : null}
    </Page>
  );
}
