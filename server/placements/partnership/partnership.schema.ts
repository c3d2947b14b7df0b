import { z } from "zod";
import { cleanSearchText } from "../../shared/validation/text.ts";

/**
 * Partnerships (a school ↔ a provider it works with), from either side. The organisation whose pages these are comes
 * from the guard (`schoolId` / `providerId`); the other side is `partnerId`.
 */
export const SEARCH_MESSAGES = {
  school: "Enter a school name, unique reference number (URN) or postcode",
  provider: "Enter a provider name, United Kingdom provider number (UKPRN), unique reference number (URN) or postcode",
} as const;

export type PartnerKind = keyof typeof SEARCH_MESSAGES;

/** The search step: control characters are stripped (never an error), then it must not be empty. */
export function partnerSearchSchema(kind: PartnerKind) {
  return z.object({
    query: z
      .string({ error: SEARCH_MESSAGES[kind] })
      .max(10_000, "Search must be 100 characters or fewer")
      .transform((v) => cleanSearchText(v, 10_000))
      .pipe(z.string().min(1, SEARCH_MESSAGES[kind]).max(100, "Search must be 100 characters or fewer")),
  });
}

export function partnerChoiceSchema(kind: PartnerKind) {
  const message = `Select a ${kind}`;
  return z.object({ partnerId: z.string({ error: message }).uuid(message) });
}

export const PartnerIdInput = z.object({ partnerId: z.string().uuid() });
export const PartnerQueryInput = z.object({ query: z.string().max(100) });

/** "<name> has already been added. Try another provider" (the reference's wording). */
export function alreadyAddedMessage(name: string, kind: PartnerKind) {
  return `${name} has already been added. Try another ${kind}`;
}
