/**
 * How renewals are told (PRICING.md §5c), the same on the Pricing Results sheet, in the pane and
 * on the command line: the sentence ("At renewal, 3 of 9 agreements fall below your 50% margin if
 * costs rise 4% and prices 3%") and the clients on a tier, those below target first.
 */
import type { Analysis, ClientRenewal, ClientResult, RenewalTotals } from "../../pricing/results";
import type { Model, Settings } from "../../workbook/model";
import { formatNumber } from "../layout/formats";

/** 0.04 → "4%", 0.035 → "3.5%", 0.59120 → "59.1%". */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100, 1)}%`;
}

/** "if costs rise 4% and prices 3%", or what stays as it is. */
export function renewalCondition(s: Pick<Settings, "annualIncrease" | "annualCostIncrease">): string {
  const costs = s.annualCostIncrease > 0;
  const prices = s.annualIncrease > 0;
  if (costs && prices) return `if costs rise ${formatPercent(s.annualCostIncrease)} and prices ${formatPercent(s.annualIncrease)}`;
  if (costs) return `if costs rise ${formatPercent(s.annualCostIncrease)} and prices stay as they are`;
  if (prices) return `if prices rise ${formatPercent(s.annualIncrease)} and costs stay as they are`;
  return "with today's costs and prices (no Annual increase or Annual cost increase set)";
}

/** "At renewal, 3 of 9 agreements fall below your 50% margin if costs rise 4% and prices 3%." */
export function renewalSentence(totals: RenewalTotals, s: Settings): string {
  const n = totals.clients;
  const agreements = `${formatNumber(n)} agreement${n === 1 ? "" : "s"}`;
  const target = `your ${formatPercent(s.targetMargin)} margin`;
  const condition = renewalCondition(s);
  if (totals.belowTarget === 0) {
    return n === 1
      ? `At renewal, your 1 agreement stays at or above ${target} ${condition}.`
      : `At renewal, none of your ${agreements} falls below ${target} ${condition}.`;
  }
  const verb = totals.belowTarget === 1 ? "falls" : "fall";
  return `At renewal, ${formatNumber(totals.belowTarget)} of ${agreements} ${verb} below ${target} ${condition}.`;
}

/** One client on a tier, as the Renewals table and the pane list it. */
export interface RenewalRow {
  client: string;
  tier: string;
  /** YYYY-MM-DD, null when the Clients table gives none. */
  renewalDate: string | null;
  priceToday: number;
  /** currentMargin / currentRevenue on its tier; null when the price is 0. */
  marginToday: number | null;
  renewal: ClientRenewal;
  /** renewal.margin / renewal.revenue; null when that price is 0. */
  marginAtRenewal: number | null;
}

/** The clients on a tier: those below target first, then each group in Clients order. */
export function renewalRows(analysis: Analysis, model: Model): RenewalRow[] {
  const rows: RenewalRow[] = [];
  analysis.clients.forEach((c: ClientResult, i) => {
    if (c.renewal === null || c.tier === null) return;
    rows.push({
      client: c.client,
      tier: c.tier,
      renewalDate: model.clients[i]?.renewalDate ?? null,
      priceToday: c.currentRevenue,
      marginToday: c.currentRevenue > 0 ? c.currentMargin / c.currentRevenue : null,
      renewal: c.renewal,
      marginAtRenewal: c.renewal.revenue > 0 ? c.renewal.margin / c.renewal.revenue : null,
    });
  });
  // A stable sort keeps Clients order within each group.
  return rows.sort((a, b) => Number(b.renewal.belowTarget) - Number(a.renewal.belowTarget));
}

/**
 * "Acme (Business): margin 50.1% → 49.6%; an increase of 3.9% would keep 50%.", or for a client
 * already below target today: "Pine Clinic (Business): margin 23.5% → 24.2%, already below today;
 * an increase of 59.1% would bring it to 50%." — "keep" would say it is at target now.
 */
export function renewalLine(row: RenewalRow, s: Settings): string {
  const pct = (x: number | null) => (x === null ? "n/a" : formatPercent(x));
  const below = row.marginToday !== null && row.marginToday < s.targetMargin - 1e-9;
  const keep = row.renewal.increaseForTarget === null
    ? "no increase can help: its price is 0"
    : `an increase of ${formatPercent(row.renewal.increaseForTarget)} would ${below ? "bring it to" : "keep"} ${formatPercent(s.targetMargin)}`;
  if (below) return `${row.client} (${row.tier}): margin ${pct(row.marginToday)} → ${pct(row.marginAtRenewal)}, already below today; ${keep}.`;
  return `${row.client} (${row.tier}): margin ${pct(row.marginToday)} → ${pct(row.marginAtRenewal)}; ${keep}.`;
}

/** Clients listed by name on the command line; the rest are counted (the Renewals table lists all). */
export const MAX_LISTED_RENEWALS = 20;

/**
 * The command line's renewal lines: the sentence, then each client below target with what would
 * keep it there. Nothing when no client is on a tier.
 */
export function renewalSummaryLines(analysis: Analysis, model: Model): string[] {
  if (analysis.renewal === null) return [];
  const s = model.settings;
  const below = renewalRows(analysis, model).filter((r) => r.renewal.belowTarget);
  const sentence = renewalSentence(analysis.renewal, s);
  if (below.length === 0) return [sentence];
  const lines = [`${sentence.slice(0, -1)}:`, ...below.slice(0, MAX_LISTED_RENEWALS).map((r) => `  ${renewalLine(r, s)}`)];
  if (below.length > MAX_LISTED_RENEWALS) {
    lines.push(`  … and ${below.length - MAX_LISTED_RENEWALS} more (the Renewals table on the Pricing Results sheet lists them all).`);
  }
  return lines;
}
