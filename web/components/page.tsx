import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useLanguage, useStrings } from "../i18n";
import { common } from "./strings";

let firstPage = true;

/** The frame of every page: the portal's name (or another app's `brand`), the language switch, and the page's heading. */
export function Page(props: {
  title: string;
  children: ComponentChildren;
  aside?: ComponentChildren;
  brand?: string;
  /** A wider frame, for tables and drawings. */
  wide?: boolean;
}) {
  const t = useStrings(common);
  const { language, setLanguage } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const brand = props.brand ?? t.portal;
  useEffect(() => {
    document.title = `${props.title} · ${brand}`;
  }, [props.title, brand]);
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
        <span class="brand">{brand}</span>
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
      <div class={["layout", props.aside && "with-aside", props.wide && "wide"].filter(Boolean).join(" ")}>
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
