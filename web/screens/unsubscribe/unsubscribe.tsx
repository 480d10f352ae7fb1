import { useEffect, useState } from "preact/hooks";
import type { operations } from "../../../client/openapi";
import { api, call, type Outcome } from "../../api";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { common } from "../../components/strings";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { strings } from "../notices/strings";
import { useLoaded } from "../products/load";
import "../notices/notices.css";

type Unsubscribed = operations["unsubscribeNotices"]["responses"][200]["content"]["application/json"];

/**
 * The visible unsubscribe link of a release notice (`/portal/unsubscribe?token=…`): no sign-in.
 * Opening the page unsubscribes (the page's script posts, so a mail scanner fetching the link
 * changes nothing), then says what was unsubscribed and offers the way back.
 */
export function Unsubscribe(props: { token: string; signedIn: boolean }) {
  const t = useStrings(strings);
  const outcome = useLoaded(
    () => call(api.POST("/notices/unsubscribe", { params: { query: { token: props.token } }, body: {} })),
    [props.token],
  );
  return (
    <Page title={t.unsubscribeTitle}>
      <div class="unsubscribe">
        {!outcome ? (
          <p role="status">{t.unsubscribing}</p>
        ) : outcome.ok ? (
          <Done result={outcome.data} signedIn={props.signedIn} />
        ) : outcome.status === 400 ? (
          <p class="alert" role="alert">
            {t.invalidLink}
          </p>
        ) : (
          <FormStatus outcome={outcome} />
        )}
      </div>
    </Page>
  );
}

function Done(props: { result: Unsubscribed; signedIn: boolean }) {
  const t = useStrings(strings);
  const product = props.result.productName ?? t.aProduct;
  return (
    <>
      <p class="outcome" role="status">
        {props.result.changed ? t.unsubscribed(product) : t.alreadyUnsubscribed(product)}
      </p>
      <h2>{t.changedMind}</h2>
      {props.signedIn ? (
        <Resubscribe productId={props.result.productId} productName={product} />
      ) : (
        <p>
          <Link to="/sign-in?next=%2Fsubscriptions">{t.signInToResubscribe}</Link>
        </p>
      )}
    </>
  );
}

/** Signed in: every serial of the product the caller owns opted in again, in one press. */
function Resubscribe(props: { productId: string; productName: string }) {
  const t = useStrings(strings);
  const c = useStrings(common);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [serials, setSerials] = useState<string[]>();
  useEffect(() => {
    void call(api.GET("/products")).then((o) =>
      setSerials(
        o.ok ? o.data.items.filter((p) => p.productId === props.productId).map((p) => p.serial) : [],
      ),
    );
  }, [props.productId]);

  async function resubscribe() {
    setBusy(true);
    let result: Outcome<unknown> = { ok: true, data: undefined };
    for (const serial of serials ?? []) {
      result = await call(
        api.PUT("/products/{serial}/notices", { params: { path: { serial } }, body: { subscribed: true } }),
      );
      if (!result.ok) break;
    }
    setBusy(false);
    setOutcome(result);
  }

  if (outcome?.ok)
    return (
      <p role="status">
        {t.resubscribed(props.productName)} <Link to="/subscriptions">{t.toSubscriptions}</Link>
      </p>
    );
  return (
    <div class="actions">
      <FormStatus outcome={outcome} />
      {serials?.length ? (
        <button type="button" class="primary" disabled={busy} onClick={resubscribe}>
          {busy ? c.working : t.resubscribe}
        </button>
      ) : null}
      <Link to="/subscriptions">{t.toSubscriptions}</Link>
    </div>
  );
}
