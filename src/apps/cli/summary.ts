/**
 * The short summary `analyze` prints on stdout: per segment its clients, annual revenue and margin
 * as billed today and on the recommended tiers, the totals, where a visit stops paying, and the result.
 */
import type { Analysis } from "../../core/pricing/results";
import { BREAK_EVEN_MAX_MINUTES } from "../../core/pricing/sensitivity";
import { formatMoney, formatNumber } from "../../core/report/layout/formats";
import { describeTimeLog } from "../../core/report/sheets/timeLogText";
import { alignTable } from "./alignTable";
import { formatWhatIfComparison } from "./whatIfSummary";

const HEADERS = ["Segment", "Clients", "Revenue / year", "Margin / year", "Recommended revenue", "Recommended margin"] as const;

/**
 * `timeLogSource`: where the Time log was read from ("entries.csv", "the workbook's TimeLog table");
 * `talkFirst`: the lines listing the clients to talk to first (talkFirst.ts), printed after it;
 * `before`: with --set / --mix, the workbook priced as it stands; the segment table then shows each
 * figure before and after the what-if, and the change (PRICING.md §7).
 */
export function formatSummary(
  analysis: Analysis, businessName: string, currency: string, resultPath: string | null, timeLogSource: string | null = null,
  talkFirst: readonly string[] = [], before: Analysis | null = null,
): string {
  const money = (x: number) => formatMoney(12 * x, currency);
  const rows: string[][] = analysis.segments.map((s) => [
    s.segment,
    formatNumber(s.clients),
    money(s.currentRevenue),
    money(s.currentMargin),
    money(s.recommendedRevenue),
    money(s.recommendedRevenue - s.cost),
  ]);
  const t = analysis.totals;
  const total = [
    "Total", formatNumber(t.clients), money(t.currentRevenue), money(t.currentMargin),
    money(t.recommendedRevenue), money(t.recommendedRevenue - t.cost),
  ];
  const table = alignTable([[...HEADERS], ...rows, total]);

  const { policy, noCharge } = analysis.travel.breakEvenMinutes;
  const minutes = (m: number | null) => (m === null ? `never within ${BREAK_EVEN_MAX_MINUTES} min` : `${m} min`);
  const lines = [
    `${businessName}: ${formatNumber(t.clients)} clients, amounts in ${currency}`,
    "",
    ...(before === null ? table : formatWhatIfComparison(before, analysis, currency)),
    "",
    `Break-even drive (one way): ${minutes(policy)} with the travel charge, ${minutes(noCharge)} without.`,
  ];
  if (analysis.timeLog !== null) {
    lines.push(`Time log: ${describeTimeLog(analysis.timeLog)}${timeLogSource ? `, from ${timeLogSource}` : ""}.`);
  } else if (timeLogSource !== null) {
    lines.push(`Time log: no entries in ${timeLogSource}.`);
  }
  lines.push(...talkFirst);
  const perSmallBusiness = analysis.equivalence.homeClientsPerSmallBusiness;
  if (perSmallBusiness !== null) {
    lines.push(`One small-business client brings in as much as ${formatNumber(perSmallBusiness, 1)} home clients.`);
  }
  if (analysis.warnings.length > 0) {
    lines.push(`Warnings: ${analysis.warnings.length} (listed on stderr and in the results sheet's notes).`);
  }
  if (resultPath !== null) lines.push(`Result: ${resultPath}`);
  return lines.join("\n");
}
