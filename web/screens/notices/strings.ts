import { defineStrings } from "../../i18n";

/** Release notices: the toggle on the products and Subscriptions pages, and the unsubscribe page. */
export const strings = defineStrings({
  en: {
    toggle: "E-mail me notices of new releases",
    forSerial: (serial: string) => ` (serial ${serial})`,
    on: (since: string) => `On since ${since}.`,
    off: "Off: no release e-mails for this serial.",
    saving: "Saving…",
    heading: "Release notices",
    explain:
      "One e-mail per new release of the product, whatever number of its serials are on; every notice has a one-click unsubscribe link.",
    unsubscribeTitle: "Unsubscribe from release notices",
    unsubscribing: "Unsubscribing…",
    unsubscribed: (product: string) => `You will no longer get e-mails about new releases of ${product}.`,
    alreadyUnsubscribed: (product: string) =>
      `Release notices of ${product} were already off: nothing else to do.`,
    aProduct: "this product",
    invalidLink:
      "This unsubscribe link is not valid: it is incomplete or was changed. Use the link from the e-mail as it is, or sign in and turn the notices off under Subscriptions.",
    changedMind: "Changed your mind?",
    resubscribe: "Turn the notices back on",
    resubscribed: (product: string) => `Release notices of ${product} are on again.`,
    signInToResubscribe: "Sign in to turn them back on",
    toSubscriptions: "Manage all your subscriptions",
  },
  "zh-CN": {
    toggle: "通过电子邮件通知我新版本",
    forSerial: (serial: string) => `（序列号 ${serial}）`,
    on: (since: string) => `自 ${since} 起已开启。`,
    off: "已关闭：此序列号不会收到新版本邮件。",
    saving: "正在保存…",
    heading: "新版本通知",
    explain: "产品每发布一个新版本发送一封邮件，无论开启了多少个序列号；每封通知都带有一键退订链接。",
    unsubscribeTitle: "退订新版本通知",
    unsubscribing: "正在退订…",
    unsubscribed: (product: string) => `您将不再收到关于 ${product} 新版本的电子邮件。`,
    alreadyUnsubscribed: (product: string) => `${product} 的新版本通知此前已关闭：无需其他操作。`,
    aProduct: "此产品",
    invalidLink:
      "此退订链接无效：链接不完整或已被更改。请按原样使用邮件中的链接，或登录后在“订阅”中关闭通知。",
    changedMind: "改变主意了？",
    resubscribe: "重新开启通知",
    resubscribed: (product: string) => `${product} 的新版本通知已重新开启。`,
    signInToResubscribe: "登录以重新开启",
    toSubscriptions: "管理您的所有订阅",
  },
});
