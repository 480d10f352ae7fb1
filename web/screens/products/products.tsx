import { useState } from "preact/hooks";
import { Loaded } from "../../components/loaded";
import { Page } from "../../components/page";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { AccountMenu } from "../account/account-menu";
import { groupByProduct, type ProductGroup, useProducts } from "./load";
import { ProductDetails } from "./product-details";
import { strings } from "./strings";
import "./products.css";

/** "My products and downloads": every registered product, expandable, with expand all / collapse all. */
export function Products(props: { onSignedOut(): void }) {
  const t = useStrings(strings);
  const outcome = useProducts();
  return (
    <Page title={t.title} aside={<AccountMenu current="/products" onSignedOut={props.onSignedOut} />}>
      <Loaded outcome={outcome} loading={t.loading}>
        {(products) =>
          products.length ? (
            <ProductList groups={groupByProduct(products)} />
          ) : (
            <p>
              {t.none} <Link to="/products/register">{t.register}</Link>
            </p>
          )
        }
      </Loaded>
    </Page>
  );
}

function ProductList(props: { groups: ProductGroup[] }) {
  const t = useStrings(strings);
  // The first product starts open, so a customer with one product sees it at once.
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(props.groups.slice(0, 1).map((g) => g.productId)),
  );
  const all = (opened: boolean) => setOpen(new Set(opened ? props.groups.map((g) => g.productId) : []));
  const toggle = (productId: string, opened: boolean) =>
    setOpen((before) => {
      if (before.has(productId) === opened) return before;
      const next = new Set(before);
      if (opened) next.add(productId);
      else next.delete(productId);
      return next;
    });
  return (
    <>
      <div class="actions">
        <button type="button" onClick={() => all(true)}>
          {t.expandAll}
        </button>
        <button type="button" onClick={() => all(false)}>
          {t.collapseAll}
        </button>
        <Link to="/products/register">{t.register}</Link>
      </div>
      {props.groups.map((group) => (
        <ProductDetails
          key={group.productId}
          group={group}
          open={open.has(group.productId)}
          onToggle={(opened) => toggle(group.productId, opened)}
        />
      ))}
    </>
  );
}
