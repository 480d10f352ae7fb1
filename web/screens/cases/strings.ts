import { defineStrings } from "../../i18n";

export const listStrings = defineStrings({
  en: {
    title: "My support cases",
    filters: "Show cases",
    open: "Open",
    resolved: "Resolved",
    withdrawn: "Withdrawn",
    all: "All cases",
    loading: "Loading your cases…",
    none: "There are no cases here.",
    more: "Show more cases",
    newCase: "Open a new case",
  },
  "zh-CN": {
    title: "我的支持案例",
    filters: "显示案例",
    open: "未结",
    resolved: "已解决",
    withdrawn: "已撤回",
    all: "全部案例",
    loading: "正在加载您的案例…",
    none: "这里没有案例。",
    more: "显示更多案例",
    newCase: "提交新案例",
  },
});
