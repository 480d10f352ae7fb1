import type { Language } from "#domain/language";

/** The customer's name as their profile holds it, copied onto the support reply for its e-mails. */
export interface CustomerName {
  firstName: string;
  lastName?: string;
}

/** Han characters: a Chinese name is written family name first, with no space. */
const HAN = /\p{Script=Han}/u;

/**
 * The name a case e-mail greets the customer by: the first name in English ("Dear Ana,"), the
 * whole name in Chinese ("尊敬的王小明："). None (no profile, a blank first name) means the
 * neutral greeting.
 */
export function greetingName(name: CustomerName | undefined, language: Language): string | undefined {
  const first = name?.firstName.trim() ?? "";
  if (!first) return undefined;
  if (language === "en") return first;
  const last = name?.lastName?.trim() ?? "";
  if (!last) return first;
  return HAN.test(first + last) ? `${last}${first}` : `${first} ${last}`;
}
