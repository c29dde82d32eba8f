/**
 * The short summary `analyze` prints on stdout: per segment its clients, annual revenue and margin
 * as billed today and on the recommended tiers, the totals, where a visit stops paying, and the result.
 */
import type { Analysis } from "../../core/pricing/results";
import { BREAK_EVEN_MAX_MINUTES } from "../../core/pricing/sensitivity";
import { formatMoney, formatNumber } from "../../core/report/layout/formats";
import { describeTimeLog } from "../../core/report/sheets/timeLogText";

const HEADERS = ["Segment", "Clients", "Revenue / year", "Margin / year", "Recommended revenue", "Recommended margin"] as const;

/** `timeLogSource`: where the Time log was read from ("entries.csv", "the workbook's TimeLog table"). */
export function formatSummary(
  analysis: Analysis, businessName: string, currency: string, resultPath: string | null, timeLogSource: string | null = null,
  /** PRICING.md §5c: the renewal sentence and the clients below target (renewalSummaryLines). */
  renewalLines: readonly string[] = [],
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
    ...table,
    "",
    `Break-even drive (one way): ${minutes(policy)} with the travel charge, ${minutes(noCharge)} without.`,
  ];
  if (analysis.timeLog !== null) {
    lines.push(`Time log: ${describeTimeLog(analysis.timeLog)}${timeLogSource ? `, from ${timeLogSource}` : ""}.`);
  } else if (timeLogSource !== null) {
    lines.push(`Time log: no entries in ${timeLogSource}.`);
  }
  lines.push(...renewalLines);
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

/** Left-align the first column, right-align the rest; a rule under the header and above the total. */
function alignTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  const render = (r: string[]) =>
    r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const body = rows.slice(1, -1).map(render);
  return [render(rows[0]), rule, ...body, rule, render(rows[rows.length - 1])];
}
