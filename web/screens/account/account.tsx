import type { components } from "../../../client/openapi";
import { Page } from "../../components/page";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { AccountMenu } from "./account-menu";
import { strings } from "./strings";

type Profile = components["schemas"]["Profile"];

/** Chinese names read family name first, without a space. */
const HAN = /^\p{Script=Han}+$/u;

const LANGUAGE_NAMES = { en: "English", "zh-CN": "简体中文" } as const;

export function Account(props: { profile: Profile | undefined; onSignedOut(): void }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  const { profile } = props;
  const country = (code: string) => new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
  return (
    <Page title={t.title} aside={<AccountMenu current="/account" onSignedOut={props.onSignedOut} />}>
      {profile ? (
        <>
          <p>{t.welcome(profile.firstName)}</p>
          <section aria-labelledby="profile-title">
            <h2 id="profile-title">{t.profile}</h2>
            <dl class="facts">
              <dt>{t.name}</dt>
              <dd>
                {language === "zh-CN" && HAN.test(`${profile.lastName}${profile.firstName}`)
                  ? `${profile.lastName}${profile.firstName}`
                  : `${profile.firstName} ${profile.lastName}`}
              </dd>
              <dt>{t.email}</dt>
              <dd>{profile.email}</dd>
              {profile.country ? (
                <>
                  <dt>{t.country}</dt>
                  <dd>{country(profile.country)}</dd>
                </>
              ) : null}
              <dt>{t.language}</dt>
              <dd>{LANGUAGE_NAMES[profile.language]}</dd>
              <dt>{t.memberSince}</dt>
              <dd>{formatDateTime(profile.createdAt, language)}</dd>
            </dl>
          </section>
        </>
      ) : (
        <p role="status">{t.loading}</p>
      )}
    </Page>
  );
}
