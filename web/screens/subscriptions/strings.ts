import { defineStrings } from "../../i18n";

export const strings = defineStrings({
  en: {
    title: "Subscriptions",
    intro: "The support plans of your registered products.",
    loading: "Loading your subscriptions…",
    none: "No product is registered to your account yet, so you have no support plan beyond customer service.",
    register: "Register a product",
    productTitle: (product: string, edition: string) => `${product} (${edition})`,
    serial: "Serial number",
    colon: ": ",
    plan: "Plan",
    starts: "Start",
    ends: "End",
    state: "Status",
    noPlan: "No support plan for this product.",
    credits: (n: number) => `Single-incident credits left: ${n}`,
    noticesLater:
      "Release notices (e-mails about new builds of your products) will be listed here as subscriptions too.",
  },
  "zh-CN": {
    title: "订阅",
    intro: "您已注册产品的支持计划。",
    loading: "正在加载您的订阅…",
    none: "您的账户尚未注册任何产品，因此除客户服务外没有支持计划。",
    register: "注册产品",
    productTitle: (product: string, edition: string) => `${product}（${edition}）`,
    serial: "序列号",
    colon: "：",
    plan: "计划",
    starts: "开始",
    ends: "结束",
    state: "状态",
    noPlan: "此产品没有支持计划。",
    credits: (n: number) => `剩余单次事件次数：${n}`,
    noticesLater: "新版本通知（关于您产品新版本的电子邮件）也将作为订阅列在此处。",
  },
});
