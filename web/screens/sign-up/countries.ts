import { COUNTRY_CODES } from "#domain/countries";
import type { Language } from "../../i18n";

/** The countries the API accepts, named and sorted in the reader's language. */
export function countryOptions(language: Language): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([language], { type: "region" });
  return [...COUNTRY_CODES]
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
