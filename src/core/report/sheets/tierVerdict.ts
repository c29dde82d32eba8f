/**
 * What a tier comes to for one client, in words (PRICING.md v2 §2, tierOptions): whether it earns
 * the target margin after tools, or breaks the premium cap, or both, with the margin it earns.
 */
import type { ClientResult, TierOption } from "../../pricing/results";
import type { Settings } from "../../workbook/model";
import { formatNumber } from "../layout/formats";

const percent = (fraction: number) => `${formatNumber(fraction * 100, 1)}%`;

export function tierVerdict(option: TierOption, client: ClientResult, s: Settings): string {
  if (!(option.revenue > 0)) return "No revenue";
  const margin = option.margin / option.revenue;
  if (option.qualifies) {
    return option.tier === client.recommendedTier ? `Recommended: earns ${percent(margin)}` : `Earns the margin (${percent(margin)})`;
  }
  const below = margin < s.targetMargin - 1e-9;
  const cap = client.hourlyRevenue * (1 + s.maxPremiumOverHourly);
  const over = option.revenue > cap + 1e-9;
  const belowText = `Below the ${percent(s.targetMargin)} margin (${percent(margin)})`;
  const overText = client.hourlyRevenue > 0
    ? `over the premium cap (${percent(option.revenue / client.hourlyRevenue - 1)} above hourly)`
    : "over the premium cap (nothing billed by the hour)";
  if (below && over) return `${belowText}, ${overText}`;
  if (below) return belowText;
  return overText[0].toUpperCase() + overText.slice(1);
}
