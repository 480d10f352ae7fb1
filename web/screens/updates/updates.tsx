import { compareVersions } from "#domain/product-versions";
import type { Outcome } from "../../api";
import { common } from "../../components/strings";
import { formatBytes, formatDay } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { type Build, groupByProduct, loadBuilds, type ProductGroup, useLoaded } from "../products/load";
import { OwnedProductsPage } from "../products/owned-products-page";
import { ChangesSince } from "./changes-since";
import { strings } from "./strings";
import "../products/products.css";
import "./updates.css";

/** Product updates: per owned product, the registered version against the newest build, and what changed since. */
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
      {(products) => <ProductUpdates groups={groupByProduct(products)} />}
    </OwnedProductsPage>
  );
}

/** Every version the customer registered of the product, newest first. */
export function registeredVersions(group: ProductGroup): string[] {
  return [...new Set(group.licenses.map((l) => l.productVersion))].sort((a, b) => compareVersions(b, a));
}

/** Each product's builds, newest first, loaded once for the table and the changes below it. */
function useBuildsOf(groups: ProductGroup[]): Outcome<Build[]>[] | undefined {
  const serials = groups.map((g) => g.licenses[0]?.serial ?? "");
  const outcome = useLoaded<Outcome<Build[]>[]>(
    () => Promise.all(serials.map(loadBuilds)).then((data) => ({ ok: true as const, data })),
    [serials.join("\n")],
  );
  return outcome?.ok ? outcome.data : undefined;
}

function ProductUpdates(props: { groups: ProductGroup[] }) {
  const t = useStrings(strings);
  const builds = useBuildsOf(props.groups);
  return (
    <>
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
          {props.groups.map((group, index) => (
            <UpdateRow key={group.productId} group={group} outcome={builds?.[index]} />
          ))}
        </tbody>
      </table>
      {props.groups.map((group, index) => {
        const outcome = builds?.[index];
        return outcome?.ok ? (
          <ChangesSince
            key={group.productId}
            group={group}
            since={registeredVersions(group).at(-1) ?? ""}
            builds={outcome.data}
          />
        ) : null;
      })}
    </>
  );
}

function UpdateRow(props: { group: ProductGroup; outcome: Outcome<Build[]> | undefined }) {
  const t = useStrings(strings);
  const c = useStrings(common);
  const { group, outcome } = props;
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
