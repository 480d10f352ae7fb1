import { defineStrings } from "../i18n";

export const common = defineStrings({
  en: {
    portal: "Acme Backup Support",
    skipToContent: "Skip to content",
    switchLanguage: "中文",
    switchLanguageLabel: "简体中文 (switch language)",
    retry: "The service is busy right now. Please wait a moment and try again.",
    failed: "Something went wrong. Please try again.",
    fixFields: "Please correct the fields marked below.",
    required: "Required",
    working: "Please wait…",
    met: "met",
    notMet: "not met",
  },
  "zh-CN": {
    portal: "Acme Backup 技术支持",
    skipToContent: "跳到正文",
    switchLanguage: "English",
    switchLanguageLabel: "English（切换语言）",
    retry: "服务暂时繁忙，请稍候再试。",
    failed: "出现了问题，请再试一次。",
    fixFields: "请更正下面标出的字段。",
    required: "必填",
    working: "请稍候…",
    met: "已满足",
    notMet: "未满足",
  },
});
