import type { components } from "../../../client/openapi";
import { defineStrings } from "../../i18n";

type CustomerCase = components["schemas"]["CustomerCase"];

/** The words of a case's facts, shared by the case list and the case page. */
export const caseWords = defineStrings({
  en: {
    caseNumber: (n: string) => `Case ${n}`,
    status: "Status",
    severity: "Severity",
    submitted: "Submitted",
    updated: "Last updated",
    resolution: "Resolution",
    topic: "Topic",
    plan: "Support plan",
    serial: "Serial number",
    noResolution: "Marked as resolved",
    awaiting_support: "Awaiting support",
    awaiting_customer: "Awaiting your reply",
    no_customer_response: "No reply after our follow-ups",
    resolved: "Resolved",
    withdrawn: "Withdrawn",
    severityA: "A · critical",
    severityB: "B · major function",
    severityC: "C · impaired",
    severityD: "D · no functional impact",
    licensing: "Licensing and serial numbers",
    downloads: "Downloads",
    site: "The web site",
    offers: "Offers",
    account: "My account",
    "product-problem": "A problem with a product",
    "third-party-product": "A third-party product",
    "network-consulting": "Network consulting",
    "user-and-security-management": "User and security management",
    "security-assessment": "Security assessment",
    "architecture-design": "Architecture design",
    "customer-service": "Customer Service",
    trial: "Trial support",
    "single-incident": "Single Incident",
    "advantage-standard": "Advantage Standard",
    "advantage-premier": "Advantage Premier",
    latestNote: "Support's latest note",
    notAnsweredYet: "Support has not answered yet.",
  },
  "zh-CN": {
    caseNumber: (n: string) => `案例 ${n}`,
    status: "状态",
    severity: "严重级别",
    submitted: "提交时间",
    updated: "最后更新",
    resolution: "解决方案",
    topic: "主题",
    plan: "支持计划",
    serial: "序列号",
    noResolution: "已标记为已解决",
    awaiting_support: "等待技术支持答复",
    awaiting_customer: "等待您的回复",
    no_customer_response: "跟进后未收到您的回复",
    resolved: "已解决",
    withdrawn: "已撤回",
    severityA: "A · 严重",
    severityB: "B · 主要功能",
    severityC: "C · 功能受损",
    severityD: "D · 无功能影响",
    licensing: "许可和序列号",
    downloads: "下载",
    site: "网站",
    offers: "优惠",
    account: "我的账户",
    "product-problem": "产品问题",
    "third-party-product": "第三方产品",
    "network-consulting": "网络咨询",
    "user-and-security-management": "用户和安全管理",
    "security-assessment": "安全评估",
    "architecture-design": "架构设计",
    "customer-service": "客户服务",
    trial: "试用支持",
    "single-incident": "单次事件支持",
    "advantage-standard": "Advantage 标准版",
    "advantage-premier": "Advantage 高级版",
    latestNote: "技术支持的最新答复",
    notAnsweredYet: "技术支持尚未答复。",
  },
});

export type CaseWords = (typeof caseWords)["en"];

export function severityLabel(t: CaseWords, severity: CustomerCase["severity"]): string {
  return t[`severity${severity}`];
}

/**
 * Support's latest note matters while someone still owes an answer, and after our follow-ups
 * went unanswered (the customer may yet reply); a resolved or withdrawn case shows its outcome.
 */
export function showsLatestNote(status: CustomerCase["status"]): boolean {
  return status !== "resolved" && status !== "withdrawn";
}
