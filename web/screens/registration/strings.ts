import type { components } from "../../../client/openapi";
import { defineStrings } from "../../i18n";

type Outcome = components["schemas"]["RegistrationResult"]["outcome"];

export const strings = defineStrings({
  en: {
    title: "Product registration",
    intro:
      "Register your products to download their builds and get support. Enter the serial numbers, one per line.",
    serials: "Serial numbers (one per line)",
    formats: "Either format, upper or lower case:",
    lineCheck: (lines: number, malformed: number) =>
      `${lines === 1 ? "1 line" : `${lines} lines`}${malformed ? `, ${malformed} not in either format` : ""}.`,
    max: (n: number) => `Up to ${n} serial numbers at a time.`,
    submit: "Register",
    notices: "E-mail me notices of new releases of these products",
    noticesOn: (n: number) =>
      n === 1
        ? "Release notices are on for 1 serial number."
        : `Release notices are on for ${n} serial numbers.`,
    results: "Result",
    line: "Line",
    entered: "As entered",
    outcome: "Outcome",
    summary: "Summary",
    registered: "Registered to your account",
    "already-yours": "Already registered to your account",
    "registered-to-another-account": "Registered to another account: contact customer service if it is yours",
    unknown: "Not a serial number we issued: check it against your order",
    malformed: "Not a serial number: 5 groups of 5 or 8 groups of 8 letters or digits, separated by hyphens",
    count: (n: number, what: string) => `${what}: ${n}`,
    short: (outcome: Outcome) =>
      ({
        registered: "Registered",
        "already-yours": "Already yours",
        "registered-to-another-account": "Registered to another account",
        unknown: "Unknown",
        malformed: "Malformed",
      })[outcome],
    keptLines: (n: number) =>
      n === 1
        ? "The line you can correct is left in the box: fix it and register again."
        : `The ${n} lines you can correct are left in the box: fix them and register again.`,
    toProducts: "Go to my products and downloads",
  },
  "zh-CN": {
    title: "产品注册",
    intro: "注册您的产品即可下载其版本并获得支持。请输入序列号，每行一个。",
    serials: "序列号（每行一个）",
    formats: "两种格式均可，不区分大小写：",
    lineCheck: (lines: number, malformed: number) =>
      `共 ${lines} 行${malformed ? `，其中 ${malformed} 行格式不符` : ""}。`,
    max: (n: number) => `一次最多 ${n} 个序列号。`,
    submit: "注册",
    notices: "通过电子邮件通知我这些产品的新版本",
    noticesOn: (n: number) => `已为 ${n} 个序列号开启新版本通知。`,
    results: "结果",
    line: "行",
    entered: "输入内容",
    outcome: "结果",
    summary: "汇总",
    registered: "已注册到您的账户",
    "already-yours": "已经注册在您的账户中",
    "registered-to-another-account": "已注册到其他账户：如果是您的产品，请联系客户服务",
    unknown: "不是我们签发的序列号：请对照您的订单检查",
    malformed: "不是有效的序列号：应为 5 组 5 位或 8 组 8 位字母或数字，以连字符分隔",
    count: (n: number, what: string) => `${what}：${n}`,
    short: (outcome: Outcome) =>
      ({
        registered: "已注册",
        "already-yours": "已属于您",
        "registered-to-another-account": "已注册到其他账户",
        unknown: "未知",
        malformed: "格式错误",
      })[outcome],
    keptLines: (n: number) => `可更正的 ${n} 行已保留在输入框中：请更正后再次注册。`,
    toProducts: "前往我的产品和下载",
  },
});
