import { defineStrings } from "../../i18n";

export const strings = defineStrings({
  en: {
    title: "Product updates",
    intro:
      "The newest build of each of your products beside the version you registered. Update to the latest build before you ask for technical help.",
    loading: "Loading your products…",
    none: "No product is registered to your account yet.",
    register: "Register a product",
    product: "Product",
    registered: "Your version",
    newest: "Newest build",
    status: "Status",
    download: "Download",
    loadingBuild: "Loading…",
    noBuild: "No build published yet",
    build: (version: string, build: number, date: string, size: string) =>
      `${version} (build ${build}), ${date}, ${size}`,
    upToDate: "Up to date",
    updateAvailable: "Update available",
    newerThanCatalog: "Newer than the published builds",
    downloadBuild: (product: string, build: number) => `Download ${product} build ${build}`,
    whatsNew: (notes: string) => `What's new: ${notes}`,
    noticesLater: "Notices of new releases will be sent to you by e-mail and listed here.",
  },
  "zh-CN": {
    title: "产品更新",
    intro: "您的每个产品的最新版本与您注册的版本对照。请在申请技术帮助之前更新到最新版本。",
    loading: "正在加载您的产品…",
    none: "您的账户尚未注册任何产品。",
    register: "注册产品",
    product: "产品",
    registered: "您的版本",
    newest: "最新版本",
    status: "状态",
    download: "下载",
    loadingBuild: "正在加载…",
    noBuild: "尚未发布任何版本",
    build: (version: string, build: number, date: string, size: string) =>
      `${version}（内部版本 ${build}），${date}，${size}`,
    upToDate: "已是最新",
    updateAvailable: "有可用更新",
    newerThanCatalog: "比已发布的版本更新",
    downloadBuild: (product: string, build: number) => `下载 ${product} 内部版本 ${build}`,
    whatsNew: (notes: string) => `新功能：${notes}`,
    noticesLater: "新版本通知将通过电子邮件发送给您，并在此处列出。",
  },
});
