/**
 * What a case is about decides who may handle it (DOMAIN.md section 3): customer service is free
 * for everyone, a product problem needs a technical plan, and some topics are never covered.
 */
export const CUSTOMER_SERVICE_TOPICS = ["licensing", "downloads", "site", "offers", "account"] as const;
export const TECHNICAL_TOPICS = ["product-problem"] as const;
export const EXCLUDED_TOPICS = [
  "third-party-product",
  "network-consulting",
  "user-and-security-management",
  "security-assessment",
  "architecture-design",
] as const;

export const CASE_TOPICS = [...CUSTOMER_SERVICE_TOPICS, ...TECHNICAL_TOPICS, ...EXCLUDED_TOPICS] as const;

export type CaseTopic = (typeof CASE_TOPICS)[number];
export type ExcludedTopic = (typeof EXCLUDED_TOPICS)[number];
export type TopicCategory = "customer-service" | "technical" | "excluded";

/** Why support will not take an excluded topic, in words shown to the customer. */
export const EXCLUDED_TOPIC_REASONS: Record<ExcludedTopic, string> = {
  "third-party-product": "Support covers our own products only, not third-party products.",
  "network-consulting": "Network consulting is not part of any support plan.",
  "user-and-security-management": "User and security management is not part of any support plan.",
  "security-assessment": "Security assessments and security advice are not part of any support plan.",
  "architecture-design": "Architecture design is not part of any support plan.",
};

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function isExcludedTopic(topic: CaseTopic): topic is ExcludedTopic {
  return includes(EXCLUDED_TOPICS, topic);
}

export function topicCategory(topic: CaseTopic): TopicCategory {
  if (includes(CUSTOMER_SERVICE_TOPICS, topic)) return "customer-service";
  if (includes(TECHNICAL_TOPICS, topic)) return "technical";
  return "excluded";
}
