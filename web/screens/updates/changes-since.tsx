import { compareVersions } from "#domain/product-versions";
import { formatBytes, formatDay } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import type { Build, ProductGroup } from "../products/load";
import { ReleaseNotes } from "../products/release-notes";
import { strings } from "./strings";

/** What changed since the oldest version the customer registered: the notes of every newer build, each downloadable. */
export function ChangesSince(props: { group: ProductGroup; since: string; builds: Build[] }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  const { group } = props;
  const newer = props.builds.filter((build) => compareVersions(build.version, props.since) > 0);
  const id = `changes-${group.productId}`;
  return (
    <section class="changes" aria-labelledby={id}>
      <h2 id={id}>{t.changesSince(group.productName, props.since)}</h2>
      {newer.length === 0 ? (
        <p>{props.builds.length ? t.nothingNewer : t.noBuild}</p>
      ) : (
        <ol class="change-list">
          {newer.map((build) => (
            <li key={`${build.version}-${build.build}`}>
              <h3>
                {t.build(
                  build.version,
                  build.build,
                  formatDay(build.releasedOn, language),
                  formatBytes(build.sizeBytes, language),
                )}
              </h3>
              <ReleaseNotes build={build} empty={t.noNotes} />
              <a href={build.download.url} download>
                {t.downloadBuild(group.productName, build.build)}
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
