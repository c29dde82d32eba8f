/**
 * The words consultants write in a client's Tier for "no agreement, billed by the hour"
 * (PRICING.md §1): Hourly, Break-fix, T&M, Time and materials, PAYG, Pay as you go, None, -, N/A.
 * All of them read as Hourly, and none may name a tier.
 */
import { normalizeName } from "./normalize";

export const NO_AGREEMENT_WORDS = ["Hourly", "Break-fix", "Break fix", "T&M", "Time and materials", "PAYG", "Pay as you go", "None", "-", "N/A"] as const;

const KEYS = new Set([...NO_AGREEMENT_WORDS.map((w) => normalizeName(w)), "tandm", "timeandmaterial", "timematerials", "breakfixhourly"]);

/** Does this Tier text mean "billed by the hour"? */
export function isNoAgreement(text: string): boolean {
  const trimmed = text.trim();
  if (/^[-\u2013\u2014]+$/.test(trimmed)) return true;
  const key = normalizeName(trimmed);
  return key !== "" && KEYS.has(key);
}
