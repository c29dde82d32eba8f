/**
 * Which tier a client is on (PRICING.md §1): blank or `Hourly` = by the hour; otherwise a tier
 * matched case-insensitively, ignoring surrounding spaces. The parser already resolves names, so
 * this mostly maps a spelling to its Tier; each distinct spelling is normalised once, however many
 * clients share it.
 */
import type { Tier } from "../workbook/model";
import { HOURLY, tierKey } from "../workbook/parseTiers";

/** null = billed by the hour; undefined = names no tier (the parser should have refused it). */
export type TierLookup = (name: string | null) => Tier | null | undefined;

export function tierLookup(tiers: readonly Tier[]): TierLookup {
  const byKey = new Map<string, Tier>();
  for (const tier of tiers) {
    const key = tierKey(tier.name);
    if (!byKey.has(key)) byKey.set(key, tier);
  }
  const bySpelling = new Map<string, Tier | null | undefined>();
  return (name) => {
    if (name === null) return null;
    if (bySpelling.has(name)) return bySpelling.get(name);
    const key = tierKey(name);
    const tier = key === "" || key === tierKey(HOURLY) ? null : byKey.get(key);
    bySpelling.set(name, tier);
    return tier;
  };
}
