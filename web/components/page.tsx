import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useLanguage, useStrings } from "../i18n";
import { common } from "./strings";

let firstPage = true;

/** The frame of every page: the portal's name, the language switch, and the page's heading. */
export function Page(props: { title: string; children: ComponentChildren; aside?: ComponentChildren }) {
  const t = useStrings(common);
  const { language, setLanguage } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · ${t.portal}`;
  }, [props.title, t.portal]);
  // A new page moves the focus to its heading, so screen readers announce it.
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <>
      <a class="skip" href="#main">
        {t.skipToContent}
      </a>
      <header class="top">
        <span class="brand">{t.portal}</span>
        <button
          type="button"
          class="link-button"
          lang={language === "en" ? "zh-CN" : "en"}
          aria-label={t.switchLanguageLabel}
          onClick={() => setLanguage(language === "en" ? "zh-CN" : "en")}
        >
          {t.switchLanguage}
        </button>
      </header>
      <div class={props.aside ? "layout with-aside" : "layout"}>
        {props.aside}
        <main id="main">
          <h1 ref={heading} tabIndex={-1}>
            {props.title}
          </h1>
          {props.children}
        </main>
      </div>
    </>
  );
}
