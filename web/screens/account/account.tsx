import { useRef, useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { Page } from "../../components/page";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { AccountMenu } from "./account-menu";
import { ProfileForm } from "./profile-form";
import { LANGUAGE_NAMES, strings } from "./strings";

type Profile = components["schemas"]["Profile"];

/** Chinese names read family name first, without a space. */
const HAN = /^\p{Script=Han}+$/u;

export function Account(props: {
  profile: Profile | undefined;
  onProfileChanged(profile: Profile): void;
  onSignedOut(): void;
}) {
  const t = useStrings(strings);
  const { profile } = props;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back from the form, the focus returns to the button that opened it.
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <Page title={t.title} aside={<AccountMenu current="/account" onSignedOut={props.onSignedOut} />}>
      {profile ? (
        <>
          <p>{t.welcome(profile.firstName)}</p>
          <section aria-labelledby="profile-title">
            <h2 id="profile-title">{t.profile}</h2>
            <p role="status" class={saved && !editing ? "notice" : undefined}>
              {saved && !editing ? t.saved : ""}
            </p>
            {editing ? (
              <ProfileForm
                profile={profile}
                onCancel={close}
                onSaved={(changed) => {
                  props.onProfileChanged(changed);
                  setSaved(true);
                  close();
                }}
              />
            ) : (
              <>
                <ProfileFacts profile={profile} />
                <button
                  ref={editButton}
                  type="button"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t.edit}
                </button>
              </>
            )}
          </section>
        </>
      ) : (
        <p role="status">{t.loading}</p>
      )}
    </Page>
  );
}

function ProfileFacts(props: { profile: Profile }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  const { profile } = props;
  const country = (code: string) => new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
  return (
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
  );
}
