import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { LANGUAGES, type Language } from "#domain/language";

export type { Language };

type Entry = string | ((...values: never[]) => string);

/**
 * A screen's strings in every language: the English catalog defines the keys, and a language
 * that misses one (or has one too many) fails the type check.
 */
export function defineStrings<const T extends Record<string, Entry>>(catalog: {
  en: T;
  "zh-CN": Catalog<T>;
}): { [L in Language]: Catalog<T> } {
  // Literal strings widen to string: every language fills the same slots with its own words.
  return catalog as { [L in Language]: Catalog<T> };
}

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

const STORED = "portal.language";

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The language chosen in this browser, else the browser's own preference, else English. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  if (isLanguage(stored)) return stored;
  const preferred = navigator.languages.find((l) => /^(en|zh)\b/i.test(l)) ?? "en";
  return /^zh/i.test(preferred) ? "zh-CN" : "en";
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORED, language);
  document.documentElement.lang = language;
}

export interface LanguageChoice {
  language: Language;
  setLanguage(language: Language): void;
}

export const LanguageContext = createContext<LanguageChoice>({ language: "en", setLanguage: () => {} });

export function useLanguage(): LanguageChoice {
  return useContext(LanguageContext);
}

export function useStrings<T>(catalog: { [L in Language]: T }): T {
  return catalog[useLanguage().language];
}
