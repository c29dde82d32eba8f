/**
 * Why a tier is never pitched to a client (PRICING.md v3 §2), in the words the Pricing Results
 * tier comparison shows: "Not offered to Home (for Small business)", "Costs Acme Dental more than
 * Business Plus, which includes more hours". null when the tier is offered and no tier beats it
 * (its margin and the premium cap then decide, tierVerdict.ts).
 */
import type { ClientResult, TierOption } from "../../pricing/results";
import type { Model, Tier } from "../../workbook/model";
import { contractMoney, contractMonths } from "../../pricing/contractMoney";

export function passedOverReason(option: TierOption, client: ClientResult, model: Model): string | null {
  const tier = model.tiers.find((t) => t.name === option.tier);
  if (!option.offered) return `Not offered to ${client.segment.trim()}${tier?.segment ? ` (for ${tier.segment})` : ""}`;
  if (option.dominatedBy === null) return null;
  const better = model.tiers.find((t) => t.name === option.dominatedBy);
  const betterOption = client.tierOptions.find((o) => o.tier === option.dominatedBy);
  if (!tier || !better || !betterOption) return `${client.client} gets more for less on ${option.dominatedBy}`;
  const months = contractMonths(model.settings);
  const cheaper = contractMoney(better, betterOption.revenue, months) < contractMoney(tier, option.revenue, months) - 1e-9;
  const adds = whatItAdds(better, tier);
  return `Costs ${client.client} ${cheaper ? "more than" : "as much as"} ${better.name}, which ${adds.length > 0 ? `includes ${adds.join(" and ")}` : "includes as much"}`;
}

/** What `better` gives beyond `tier`: more included hours, a faster response. */
export function whatItAdds(better: Tier, tier: Tier): string[] {
  const adds: string[] = [];
  if (better.includedHours > tier.includedHours + 1e-9) adds.push("more hours");
  if (better.responseTime !== null && (tier.responseTime === null || better.responseTime < tier.responseTime - 1e-9)) adds.push("a faster response");
  return adds;
}
