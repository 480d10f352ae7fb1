import { Page } from "../../components/page";
import { defineStrings, useStrings } from "../../i18n";
import { Link } from "../../router";

const strings = defineStrings({
  en: {
    title: "Page not found",
    text: "There is no page at this address. It may have moved, or the link may be mistyped.",
    back: "Go to my account",
  },
  "zh-CN": {
    title: "找不到页面",
    text: "此地址没有页面。页面可能已移动，或者链接有误。",
    back: "前往我的账户",
  },
});

/** Any portal path no screen answers. */
export function NotFound() {
  const t = useStrings(strings);
  return (
    <Page title={t.title}>
      <p>{t.text}</p>
      <p>
        <Link to="/account">{t.back}</Link>
      </p>
    </Page>
  );
}
