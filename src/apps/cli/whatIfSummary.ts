/**
 * The summary's what-if tables (PRICING.md §7): for each segment and the totals, the annual
 * revenue and margin before the what-if (the workbook as it stands) and after, and the change,
 * once as billed today and once on the recommended tiers. One run answers "what if I charged …".
 */
import type { Analysis, SegmentFigures } from "../../core/pricing/results";
import { formatMoney, formatNumber } from "../../core/report/layout/formats";
import { alignTable } from "./alignTable";

type Row = Pick<SegmentFigures, "clients" | "currentRevenue" | "currentMargin" | "recommendedRevenue" | "recommendedMargin">;

const HEADERS = ["Segment", "Clients", "Revenue before", "Revenue after", "Change", "Margin before", "Margin after", "Change"];

/** The lines of both tables, each under a title. */
export function formatWhatIfComparison(before: Analysis, after: Analysis, currency: string): string[] {
  return [
    "What-if against the workbook, per year, as billed today (hourly and current tiers):",
    "",
    ...comparisonTable(before, after, currency, (r) => [r.currentRevenue, r.currentMargin]),
    "",
    "What-if against the workbook, per year, on the recommended tiers:",
    "",
    ...comparisonTable(before, after, currency, (r) => [r.recommendedRevenue, r.recommendedMargin]),
  ];
}

function comparisonTable(before: Analysis, after: Analysis, currency: string, pick: (r: Row) => [number, number]): string[] {
  // Whole units a year, as the summary's main table shows them; a change is the difference of the
  // amounts as shown, so a row never contradicts itself ($2,040 → $2,701 is +$661).
  const money = (x: number) => formatMoney(Math.round(12 * x), currency, true);
  const change = (a: number, b: number) => {
    const d = Math.round(12 * b) - Math.round(12 * a);
    return d === 0 ? "0" : `${d > 0 ? "+" : ""}${formatMoney(d, currency, true)}`;
  };
  const row = (name: string, a: Row | undefined, b: Row | undefined): string[] => {
    const [revenueA, marginA] = a ? pick(a) : [0, 0];
    const [revenueB, marginB] = b ? pick(b) : [0, 0];
    const clientsA = a?.clients ?? 0;
    const clientsB = b?.clients ?? 0;
    return [
      name,
      clientsA === clientsB ? formatNumber(clientsB) : `${formatNumber(clientsA)} → ${formatNumber(clientsB)}`,
      money(revenueA), money(revenueB), change(revenueA, revenueB),
      money(marginA), money(marginB), change(marginA, marginB),
    ];
  };
  // The same clients in both, so the same segments; matched by name all the same, in the workbook's order.
  const afterBySegment = new Map(after.segments.map((s) => [s.segment, s]));
  const names = [...before.segments.map((s) => s.segment), ...after.segments.map((s) => s.segment).filter((n) => !before.segments.some((s) => s.segment === n))];
  const rows = names.map((name) => row(name, before.segments.find((s) => s.segment === name), afterBySegment.get(name)));
  return alignTable([HEADERS, ...rows, row("Total", before.totals, after.totals)]);
}
