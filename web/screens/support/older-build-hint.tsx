import { compareVersions } from "#domain/product-versions";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { strings } from "./strings";
import type { Product } from "./types";

/**
 * The handbook's advice to update to the latest build before asking for help, for a product
 * registered at an older version than the newest release. Advice only: the case form stays open.
 */
export function OlderBuildHint(props: { product: Product }) {
  const t = useStrings(strings);
  const { productVersion, supportedVersions } = props.product;
  const newest = supportedVersions[0];
  if (!newest || compareVersions(productVersion, newest) >= 0) return null;
  return (
    <p class="notice older-build">
      {t.olderBuild(productVersion, newest)} <Link to="/products/updates">{t.toUpdates}</Link>
    </p>
  );
}
