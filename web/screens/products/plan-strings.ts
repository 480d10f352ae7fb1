import { daysBetween } from "../../format";
import { defineStrings } from "../../i18n";
import type { PlanTerm } from "./load";

/** Plan names and states in the reader's language (the API names plans in English). */
export const planStrings = defineStrings({
  en: {
    "customer-service": "Customer Service",
    trial: "Trial Support",
    "single-incident": "Single Incident",
    "advantage-standard": "Advantage Standard",
    "advantage-premier": "Advantage Premier",
    active: "Active",
    daysLeft: (n: number) => (n === 0 ? "last day today" : n === 1 ? "1 day left" : `${n} days left`),
    expiredAgo: (n: number) => (n === 1 ? "expired yesterday" : `expired ${n} days ago`),
    startsIn: (n: number) => (n === 1 ? "starts tomorrow" : `starts in ${n} days`),
  },
  "zh-CN": {
    "customer-service": "客户服务",
    trial: "试用支持",
    "single-incident": "单次事件支持",
    "advantage-standard": "Advantage 标准版",
    "advantage-premier": "Advantage 高级版",
    active: "有效",
    daysLeft: (n: number) => (n === 0 ? "今天是最后一天" : `剩余 ${n} 天`),
    expiredAgo: (n: number) => `已过期 ${n} 天`,
    startsIn: (n: number) => `${n} 天后开始`,
  },
});

/** How far the term is from today: days left, days since it expired, or days until it starts. */
export function countdown(t: (typeof planStrings)["en"], term: PlanTerm, today: string): string {
  if (term.state === "expired") return t.expiredAgo(Math.max(1, daysBetween(term.endsOn, today)));
  if (term.state === "upcoming") return t.startsIn(Math.max(1, daysBetween(today, term.startsOn)));
  return t.daysLeft(Math.max(0, daysBetween(today, term.endsOn)));
}
