import type { ComponentChildren } from "preact";
import { Loaded } from "../../components/loaded";
import { Page } from "../../components/page";
import { Link } from "../../router";
import { AccountMenu } from "../account/account-menu";
import { type Product, useProducts } from "./load";

/**
 * A page about the products registered to the caller: the account frame, the loading and empty
 * states (with the way to register one), and `children` once they are there.
 */
export function OwnedProductsPage(props: {
  title: string;
  intro: string;
  current: string;
  words: { loading: string; none: string; register: string };
  onSignedOut(): void;
  children: (products: Product[]) => ComponentChildren;
}) {
  const outcome = useProducts();
  const { words } = props;
  return (
    <Page title={props.title} aside={<AccountMenu current={props.current} onSignedOut={props.onSignedOut} />}>
      <p>{props.intro}</p>
      <Loaded outcome={outcome} loading={words.loading}>
        {(products) =>
          products.length ? (
            props.children(products)
          ) : (
            <p>
              {words.none} <Link to="/products/register">{words.register}</Link>
            </p>
          )
        }
      </Loaded>
    </Page>
  );
}
