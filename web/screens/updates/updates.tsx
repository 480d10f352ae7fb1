import { compareVersions } from "#domain/product-versions";
import { common } from "../../components/strings";
import { formatBytes, formatDay } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { type Build, groupByProduct, type ProductGroup, useBuilds } from "../products/load";
import { OwnedProductsPage } from "../products/owned-products-page";
import { strings } from "./strings";
import "../products/products.css";

/** Product updates: per owned product, the registered version against the newest build. */
export function Updates(props: { onSignedOut(): void }) {
  const t = useStrings(strings);
  return (
    <OwnedProductsPage
      title={t.title}
      intro={t.intro}
      current="/products/updates"
      words={t}
      onSignedOut={props.onSignedOut}
    >
      {(products) => (
        <table class="updates">
          <thead>
            <tr>
              <th scope="col">{t.product}</th>
              <th scope="col">{t.registered}</th>
              <th scope="col">{t.newest}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.download}</th>
            </tr>
          </thead>
          <tbody>
            {groupByProduct(products).map((group) => (
              <UpdateRow key={group.productId} group={group} />
            ))}
          </tbody>
        </table>
      )}
    </OwnedProductsPage>
  );
}

/** Every version the customer registered of the product, newest first. */
function registeredVersions(group: ProductGroup): string[] {
  return [...new Set(group.licenses.map((l) => l.productVersion))].sort((a, b) => compareVersions(b, a));
}

function UpdateRow(props: { group: ProductGroup }) {
  const t = useStrings(strings);
  const c = useStrings(common);
  const { group } = props;
  const serial = group.licenses[0]?.serial ?? "";
  const outcome = useBuilds(serial);
  const versions = registeredVersions(group);
  const newest = outcome?.ok ? outcome.data[0] : undefined;
  return (
    <tr data-product={group.productId}>
      <th scope="row">{group.productName}</th>
      <td>{versions.join(", ")}</td>
      {!outcome ? (
        <td colSpan={3}>{t.loadingBuild}</td>
      ) : !outcome.ok ? (
        <td colSpan={3} class="error">
          {outcome.status === 429 || outcome.status === 503 ? c.retry : c.failed}
        </td>
      ) : !newest ? (
        <td colSpan={3}>{t.noBuild}</td>
      ) : (
        <NewestBuild
          build={newest}
          productName={group.productName}
          oldest={versions.at(-1) ?? newest.version}
        />
      )}
    </tr>
  );
}

function NewestBuild(props: { build: Build; productName: string; oldest: string }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  const { build } = props;
  const behind = compareVersions(build.version, props.oldest);
  return (
    <>
      <td>
        {t.build(
          build.version,
          build.build,
          formatDay(build.releasedOn, language),
          formatBytes(build.sizeBytes, language),
        )}
        {build.notes ? <p class="hint">{t.whatsNew(build.notes)}</p> : null}
      </td>
      <td class={behind > 0 ? "unsupported" : "supported"}>
        {behind > 0 ? t.updateAvailable : behind < 0 ? t.newerThanCatalog : t.upToDate}
      </td>
      <td>
        <a href={build.download.url} download>
          {t.downloadBuild(props.productName, build.build)}
        </a>
      </td>
    </>
  );
}
