/**
 * PRICING.md v3 §5b: a proposal on a tier the client would not be pitched — not offered to its
 * segment, or beaten by another tier for it — is made as the consultant asked, and the consultant
 * is told why, with the tier to consider instead (on stderr and in the pane; never on the page).
 */
import type { ClientResult } from "../../pricing/results";
import type { Model, Tier } from "../../workbook/model";
import { HOURLY } from "../../workbook/parseTiers";
import { contractMoney, contractMonths } from "../../pricing/contractMoney";
import { listOf } from "../../workbook/problems";
import { offeredSegments } from "../../workbook/tierSegments";
import { whatItAdds } from "./passedOver";

/** The sentence for the consultant, or null when the tier is one the client could be pitched. */
export function proposalWarning(result: ClientResult, tier: Tier | null, model: Model): string | null {
  if (tier === null) return null;
  const option = result.tierOptions.find((o) => o.tier === tier.name);
  if (!option) return null;
  const client = result.client;
  const asked = `The proposal offers ${tier.name}, as you asked`;
  const recommended = result.recommendedTier === HOURLY ? "pay as you go (Hourly)" : result.recommendedTier;
  if (!option.offered) {
    const segments = listOf(offeredSegments(tier.segment) ?? [], "or");
    return `${tier.name} is offered to ${segments} clients only, and ${client} is ${result.segment.trim()}. ${asked}; the recommendation for ${client} is ${recommended}.`;
  }
  if (option.dominatedBy === null) return null;
  // Follow dominatedBy to a tier no other beats (dominance is strict, so this ends; the guard is for safety).
  let better = option.dominatedBy;
  const seen = new Set([tier.name]);
  for (;;) {
    const next = result.tierOptions.find((o) => o.tier === better)?.dominatedBy ?? null;
    if (next === null || seen.has(next)) break;
    seen.add(better);
    better = next;
  }
  const betterTier = model.tiers.find((t) => t.name === better);
  const betterOption = result.tierOptions.find((o) => o.tier === better);
  if (!betterTier || !betterOption) return null;
  const months = contractMonths(model.settings);
  const cheaper = contractMoney(betterTier, betterOption.revenue, months) < contractMoney(tier, option.revenue, months) - 1e-9;
  const adds = whatItAdds(betterTier, tier);
  const term = `${model.settings.contractTerm}-month contract`;
  const why = cheaper
    ? `${better} costs ${client} less over the ${term}${adds.length > 0 ? ` and includes ${adds.join(" and ")}` : ", for as much cover"}`
    : `${better} costs ${client} the same over the ${term} and includes ${adds.join(" and ") || "as much"}`;
  return `${tier.name} is not the best buy for ${client}: ${why}, and ${client} would see it on your rate card. ${asked}; consider ${better}.`;
}
