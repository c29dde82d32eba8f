/**
 * The short summary `analyze` prints on stdout: per segment its clients, annual revenue and margin
 * as billed today and on the recommended tiers, the totals, the key figures, where a visit stops
 * paying, and the result. Every figure is the report's (PRICING.md §7), labelled and shown as the
 * key-figure catalogue says: the margins are recommendedMargin, tools included.
 */
import type { Analysis } from "../../core/pricing/results";
import { BREAK_EVEN_MAX_MINUTES } from "../../core/pricing/sensitivity";
import { formatNumber } from "../../core/report/layout/formats";
import type { SegmentFigures } from "../../core/pricing/results";
import { figureLabel, formatFigure, keyFigure, keyFigures, type KeyFigure, type LabelContext } from "../../core/report/keyFigures";
import { describeTimeLog } from "../../core/report/sheets/timeLogText";
import { alignTable } from "./alignTable";
import { formatWhatIfComparison } from "./whatIfSummary";

/** The annual figures the table shows per segment and in total: the catalogue's, so the sheet and the pane agree. */
const TABLE_FIGURES = (["annualCurrentRevenue", "annualCurrentMargin", "annualRecommendedRevenue", "annualRecommendedMargin"] as const).map(keyFigure);

/** The key figures listed under the table, as the Pricing Results sheet labels them. */
const LISTED_FIGURES = (
  ["annualHourlyRevenue", "annualCurrentRevenue", "annualRecommendedRevenue", "annualCurrentMargin", "currentMarginPct", "annualRecommendedMargin", "recommendedMarginPct", "effectiveRate", "utilisation", "contractValue"] as const
).map(keyFigure);

/** "Annual revenue, current billing" heads its column as "Revenue, current billing": the title says the amounts are annual. */
const columnHeader = (figure: KeyFigure) => figure.label.replace(/^Annual (\w)/, (_, c: string) => c.toUpperCase());

/** A segment's value of a per-year figure: the same field of the report as the total, × 12. */
function segmentValue(figure: KeyFigure, segment: SegmentFigures): number {
  const field = figure.json!.path.replace(/^totals\./, "") as keyof SegmentFigures;
  return (segment[field] as number) * (figure.json!.perYear ? 12 : 1);
}

/**
 * `timeLogSource`: where the Time log was read from ("entries.csv", "the workbook's TimeLog table");
 * `labels`: what the labels say about the workbook ("after tools"), as on the sheet;
 * `talkFirst`: lines printed after the Time log line: the clients to talk to first (talkFirst.ts) and the renewals (renewalText.ts);
 * `before`: with --set / --mix, the workbook priced as it stands; the segment table then shows each
 * figure before and after the what-if, and the change (PRICING.md §7).
 */
export function formatSummary(
  analysis: Analysis, businessName: string, currency: string, resultPath: string | null, timeLogSource: string | null = null,
  labels?: LabelContext, talkFirst: readonly string[] = [], before: Analysis | null = null,
): string {
  const figures = keyFigures(analysis);
  const rows: string[][] = analysis.segments.map((s) => [
    s.segment,
    formatNumber(s.clients),
    ...TABLE_FIGURES.map((f) => formatFigure(f, segmentValue(f, s), currency)),
  ]);
  const t = analysis.totals;
  const total = ["Total", formatNumber(t.clients), ...TABLE_FIGURES.map((f) => formatFigure(f, figures[f.field], currency))];
  const table = alignTable([["Segment", "Clients", ...TABLE_FIGURES.map(columnHeader)], ...rows, total]);
  const listed = LISTED_FIGURES.map((f) => [`${figureLabel(f, labels)}:`, formatFigure(f, figures[f.field], currency)]);
  const width = Math.max(...listed.map(([label]) => label.length));

  const { policy, noCharge } = analysis.travel.breakEvenMinutes;
  const minutes = (m: number | null) => (m === null ? `never within ${BREAK_EVEN_MAX_MINUTES} min` : `${m} min`);
  const lines = [
    `${businessName}: ${formatNumber(t.clients)} clients, amounts in ${currency}`,
    "",
    ...(before === null ? table : formatWhatIfComparison(before, analysis, currency)),
    "",
    ...listed.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
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
