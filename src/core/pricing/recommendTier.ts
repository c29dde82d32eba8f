/** PRICING.md §2, recommendedTier: the agreement to pitch, or "Hourly". */
import { HOURLY } from "../workbook/parseTiers";
import type { TierOption } from "./results";

/** The recommendation when no tier qualifies: billed by the hour, as the Clients table says it. */
export { HOURLY };
export { meetsMarginBar, withinPremiumCap } from "./tierOptions";

/** Margins and fees closer than this are a tie (PRICING.md v2 §2). */
const TIE = 1e-9;

/**
 * Index of the recommended tier among the client's tierOptions, or −1 for Hourly: scanning the
 * qualifying tiers in table order, a tier replaces the best so far when its margin is more than
 * 1e-9 higher, or within 1e-9 and its tierFee more than 1e-9 lower (ties go to the lower tierFee,
 * then the earlier row). One pass, no allocation.
 */
export function recommendTier(options: readonly TierOption[]): number {
  let best = -1;
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if (!o.qualifies) continue;
    if (best === -1) {
      best = i;
      continue;
    }
    const b = options[best];
    if (o.margin > b.margin + TIE || (Math.abs(o.margin - b.margin) <= TIE && o.tierFee < b.tierFee - TIE)) best = i;
  }
  return best;
}
