import { Loaded } from "../../components/loaded";
import { formatBytes, formatDay } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { type Build, useBuilds } from "./load";
import { ReleaseNotes } from "./release-notes";
import { strings } from "./strings";

/** The latest build of the product `serial` belongs to, and the older ones with their history. */
export function Builds(props: { serial: string; headingId: string }) {
  const t = useStrings(strings);
  const outcome = useBuilds(props.serial);
  return (
    <section class="builds" aria-labelledby={props.headingId}>
      <h3 id={props.headingId}>{t.downloads}</h3>
      <Loaded outcome={outcome} loading={t.loadingBuilds}>
        {(builds) => {
          const [latest, ...older] = builds;
          if (!latest) return <p>{t.noBuilds}</p>;
          return (
            <>
              <LatestBuild build={latest} />
              <details class="history">
                <summary>{t.olderBuilds(older.length)}</summary>
                {older.length ? <BuildTable builds={older} /> : <p>{t.noOlderBuilds}</p>}
              </details>
              <p class="hint">{t.linkValid(Math.round(latest.download.expiresInSeconds / 60))}</p>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function LatestBuild(props: { build: Build }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  const { build } = props;
  return (
    <div class="latest">
      <h4>{t.latestBuild}</h4>
      <dl class="facts">
        <dt>{t.version}</dt>
        <dd>{build.version}</dd>
        <dt>{t.buildNumber}</dt>
        <dd>{build.build}</dd>
        <dt>{t.size}</dt>
        <dd>{formatBytes(build.sizeBytes, language)}</dd>
        <dt>{t.released}</dt>
        <dd>{formatDay(build.releasedOn, language)}</dd>
      </dl>
      <ReleaseNotes build={build} />
      <a class="button primary" href={build.download.url} download>
        {t.downloadBuild(build.build)}
      </a>
    </div>
  );
}

function BuildTable(props: { builds: Build[] }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.version}</th>
          <th scope="col">{t.buildNumber}</th>
          <th scope="col">{t.released}</th>
          <th scope="col">{t.size}</th>
          <th scope="col">{t.notes}</th>
          <th scope="col">{t.download}</th>
        </tr>
      </thead>
      <tbody>
        {props.builds.map((build) => (
          <tr key={build.build}>
            <td>
              {build.version}
              {build.supported ? null : <span class="tag">{t.unsupportedBuild}</span>}
            </td>
            <td>{build.build}</td>
            <td>{formatDay(build.releasedOn, language)}</td>
            <td>{formatBytes(build.sizeBytes, language)}</td>
            <td>
              <ReleaseNotes build={build} />
            </td>
            <td>
              <a href={build.download.url} download>
                {t.downloadBuild(build.build)}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
