/**
 * The "Pricing Results" sheet: headline figures at the top, then the segment, travel-band and
 * sensitivity tables with the charts to their right, the notes, and the client table last, so a
 * client table of any length has nothing below it and nothing beside it.
 */
import type { Analysis, SegmentFigures } from "../../pricing/results";
import { BREAK_EVEN_MAX_MINUTES } from "../../pricing/sensitivity";
import type { Model, Problem } from "../../workbook/model";
import { HOURLY } from "../../workbook/parseTiers";
import { formatProblem } from "../../workbook/problems";
import type { Block, ChartSpec, NumberFormat, SheetSpec } from "../sheetPlan";
import { contentWidths } from "../layout/contentWidths";
import { wrappedRowHeights } from "../layout/wrappedRowHeights";
import { CLIENT_HEADERS, clientTable } from "./clientColumns";
import { RESULTS_SHEET, RESULT_TABLES } from "../outputs/names";
import { a1, rangeA1 } from "../../workbook/address";
import { timeLogReview, type TimeLogRow } from "../../pricing/timeLogReview";
import { describeTimeLog, flagLabel, flagSentence } from "./timeLogText";
import { formatNumber, moneyFormat } from "../layout/formats";
import { columnFormats, columnIndex, rowValues, tableValues, type Column } from "../layout/columns";
import { KEY_FIGURES, figureFormat, figureLabel, keyFigures, labelContext } from "../keyFigures";
import { planRenewals } from "./planRenewals";

export { CLIENT_HEADERS };

type SegmentRow = SegmentFigures & { segment: string };

/** PRICING.md v2's recommended margin and contract value follow the first version's ten. */
const SEGMENT_COLUMNS: readonly Column<SegmentRow>[] = [
  { header: "Segment", kind: "text", value: (s) => s.segment },
  { header: "Clients", kind: "count", value: (s) => s.clients },
  { header: "Work hours", kind: "hours", value: (s) => s.workHours },
  { header: "Travel hours", kind: "hours", value: (s) => s.travelHours },
  { header: "Hourly revenue", kind: "money", value: (s) => s.hourlyRevenue },
  { header: "Current revenue", kind: "money", value: (s) => s.currentRevenue },
  { header: "Recommended revenue", kind: "money", value: (s) => s.recommendedRevenue },
  { header: "Cost", kind: "money", value: (s) => s.cost },
  { header: "Current margin", kind: "money", value: (s) => s.currentMargin },
  { header: "Annual revenue per client", kind: "money", value: (s) => s.annualRevenuePerClient },
  { header: "Revenue per hour", kind: "money", value: (s) => s.revenuePerHour },
  { header: "Recommended margin", kind: "money", value: (s) => s.recommendedMargin },
  { header: "Contract value", kind: "money", value: (s) => s.contractValue },
];
export const SEGMENT_HEADERS = SEGMENT_COLUMNS.map((c) => c.header);

type Band = Analysis["travel"]["bands"][number];
const BAND_COLUMNS: readonly Column<Band>[] = [
  { header: "Drive time (one way)", kind: "text", value: (b) => b.band },
  { header: "Clients", kind: "count", value: (b) => b.clients },
  // Visits in General: "#,##0.##" would show a whole number as "6." in Excel.
  { header: "Visits", kind: "general", value: (b) => b.visits },
  { header: "Travel charges", kind: "money", value: (b) => b.travelCharges },
  { header: "Travel cost", kind: "money", value: (b) => b.travelCost },
  { header: "Current margin", kind: "money", value: (b) => b.currentMargin },
];
export const BAND_HEADERS = BAND_COLUMNS.map((c) => c.header);

type SensitivityRow = Analysis["travel"]["sensitivity"][number];
const SENSITIVITY_COLUMNS: readonly Column<SensitivityRow>[] = [
  { header: "Drive minutes (one way)", kind: "minutes", value: (s) => s.minutes },
  { header: "Revenue with travel charge", kind: "money", value: (s) => s.revenue },
  { header: "Revenue without travel charge", kind: "money", value: (s) => s.revenueNoCharge },
  { header: "Margin with travel charge", kind: "money", value: (s) => s.margin },
  { header: "Margin without travel charge", kind: "money", value: (s) => s.marginNoCharge },
];
export const SENSITIVITY_HEADERS = SENSITIVITY_COLUMNS.map((c) => c.header);

/** Charts sit right of the summary tables, clear of the widest of them (the segment table). */
const CHART_LEFT = SEGMENT_COLUMNS.length + 1;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 16;
const CHART_GAP = 1;

const NOT_AVAILABLE = "n/a";

/** Columns fit their figures and labels; client names longer than the widest KPI label are cut. */
const WIDTH_LIMITS = { min: 9, max: 44 };
/** Blocks whose cells size the columns; the title, headings and notes run on over empty cells. */
const SIZED_BLOCKS = new Set(["kpiLabels", "kpiValues", "segments", "segmentTotals", "travelBands", "sensitivity", "timeLog", "renewals", "clients"]);

export function planResultsSheet(analysis: Analysis, model: Model): SheetSpec {
  const currency = model.settings.currency;
  const money = moneyFormat(currency);
  const blocks: Block[] = [];
  let row = 0;
  const add = (block: Omit<Block, "at">, gapAfter = 1, col = 0): void => {
    blocks.push({ ...block, at: a1(row, col) });
    row += block.values.length + gapAfter;
  };

  add({ id: "title", values: [[`Pricing Results: ${model.settings.businessName}`]], style: "title" }, 0);
  add({
    id: "subtitle",
    values: [[`${formatNumber(analysis.totals.clients)} clients. Money in ${currency}, per month unless marked annual; distances in ${model.settings.distanceUnit}.`]],
    style: "subtitle",
  });

  const chartsTop = row;
  add({ id: "kpiHeading", values: [["Key figures"]], style: "heading" }, 0);
  const kpiRows = kpiTable(analysis, model);
  const kpiTop = row;
  blocks.push({ id: "kpiLabels", at: a1(row, 0), values: kpiRows.map((k) => [k.label]), style: "kpiLabel" });
  blocks.push({
    id: "kpiValues",
    at: a1(row, 1),
    values: kpiRows.map((k) => [k.value ?? NOT_AVAILABLE]),
    cellFormats: kpiRows.map((k) => [k.value === null ? null : k.format]),
    style: "kpiValue",
  });
  row += kpiRows.length + 1;

  add({ id: "segmentsHeading", values: [["Segments (monthly)"]], style: "heading" }, 0);
  const segmentFormats = columnFormats(SEGMENT_COLUMNS, money);
  add({
    id: "segments",
    values: tableValues(SEGMENT_COLUMNS, analysis.segments),
    table: { name: RESULT_TABLES.segments },
    wrapHeader: true,
    columnFormats: segmentFormats,
  }, 0);
  add({
    id: "segmentTotals",
    values: [rowValues(SEGMENT_COLUMNS, { ...analysis.totals, segment: "Total" })],
    cellFormats: [segmentFormats],
    style: "kpiLabel",
  });

  add({ id: "bandsHeading", values: [["Travel bands (monthly, by one-way drive time)"]], style: "heading" }, 0);
  add({
    id: "travelBands",
    values: tableValues(BAND_COLUMNS, analysis.travel.bands),
    table: { name: RESULT_TABLES.travelBands },
    wrapHeader: true,
    columnFormats: columnFormats(BAND_COLUMNS, money),
  });

  const hRef = analysis.travel.referenceVisitHours;
  add({
    id: "sensitivityHeading",
    values: [[`Travel sensitivity: one hourly visit of ${formatNumber(hRef)} h on site, per visit`]],
    style: "heading",
  }, 0);
  add({
    id: "sensitivity",
    values: tableValues(SENSITIVITY_COLUMNS, analysis.travel.sensitivity),
    table: { name: RESULT_TABLES.sensitivity },
    wrapHeader: true,
    columnFormats: columnFormats(SENSITIVITY_COLUMNS, money),
  }, 0);
  add({ id: "breakEven", values: [[breakEvenSentence(analysis)]], style: "note" });

  add({ id: "notesHeading", values: [["Notes"]], style: "heading" }, 0);
  add({ id: "notes", values: noteLines(analysis.warnings).map((n) => [n]), style: "note" });

  const charts = planCharts(chartsTop);
  const chartsBottom = chartsTop + 3 * CHART_HEIGHT + 2 * CHART_GAP;
  row = Math.max(row, chartsBottom + 1);

  // The Time log section (issue 12): wider than the summary tables, so below the charts.
  for (const block of timeLogBlocks(analysis, model, money)) add(block, block.id === "timeLog" ? 1 : 0);
  // Renewals (PRICING.md §5c): its own plan, planRenewals.ts.
  for (const block of planRenewals(analysis, model, money)) add(block, block.id === "renewals" ? 1 : 0);

  add({ id: "clientsHeading", values: [["Clients (monthly), then each tier's price for the client and why it is or is not recommended"]], style: "heading" }, 0);
  const clients = clientTable(analysis, model, money);
  add({
    id: "clients",
    values: [clients.headers, ...analysis.clients.map((c, i) => clients.row(c, i))],
    table: { name: RESULT_TABLES.clients },
    wrapHeader: true,
    columnFormats: clients.formats,
  }, 0);

  const columnWidths = contentWidths(blocks.filter((b) => SIZED_BLOCKS.has(b.id)), clients.headers.length, WIDTH_LIMITS);
  return {
    name: RESULTS_SHEET,
    blocks,
    charts,
    columnWidths,
    rowHeights: wrappedRowHeights(blocks, columnWidths),
    activate: true,
    showGridlines: false,
    namedCells: kpiRows.map((k, i) => ({ name: k.name, at: a1(kpiTop + i, 1) })),
  };
}

const TIME_LOG_COLUMNS: readonly Column<TimeLogRow>[] = [
  { header: "Client", kind: "text", value: (r) => r.client },
  { header: "Tier", kind: "text", value: (r) => r.tier ?? HOURLY },
  { header: "Visits per month (model)", kind: "hours", value: (r) => r.modelled.visits },
  { header: "Visits per month (log)", kind: "hours", value: (r) => r.logged.visits },
  { header: "Hours per visit (model)", kind: "hours", value: (r) => r.modelled.hoursPerVisit },
  { header: "Hours per visit (log)", kind: "hours", value: (r) => r.logged.hoursPerVisit },
  { header: "Remote hours (model)", kind: "hours", value: (r) => r.modelled.remoteHours },
  { header: "Remote hours (log)", kind: "hours", value: (r) => r.logged.remoteHours },
  { header: "Hourly revenue (model)", kind: "money", value: (r) => r.hourlyRevenue },
  { header: "Actual revenue (log)", kind: "money", value: (r) => r.actualRevenue },
  { header: "Revenue on logged use", kind: "money", value: (r) => r.loggedRevenue },
  { header: "Cost of logged use", kind: "money", value: (r) => r.loggedCost },
  { header: "Margin on logged use", kind: "money", value: (r) => r.loggedMargin },
  { header: "Flag", kind: "text", value: (r) => (r.flag === null ? null : flagLabel(r)) },
  { header: "Loss per month", kind: "money", value: (r) => (r.flag === "loss" ? r.keyFigure : null) },
  { header: "Pays × hourly value", kind: { format: '0.0"×"' }, value: (r) => (r.flag === "churnRisk" && Number.isFinite(r.keyFigure!) ? r.keyFigure : null) },
];
export const TIME_LOG_HEADERS = TIME_LOG_COLUMNS.map((c) => c.header);

/**
 * Per client with entries: logged against modelled, actual against the model's hourly revenue,
 * the client priced on its logged use, and its flag with the key figure; above it, the clients to
 * talk to first. Nothing without a Time log.
 */
function timeLogBlocks(analysis: Analysis, model: Model, money: NumberFormat): Omit<Block, "at">[] {
  if (analysis.timeLog === null) return [];
  const review = timeLogReview(model, analysis);
  const currency = model.settings.currency;
  const included = (r: TimeLogRow) => model.tiers.find((t) => t.name === r.tier)?.includedHours ?? null;
  const talk = review.talkFirst.length === 0
    ? ["No client is flagged: none loses money on its logged time or pays twice what it would by the hour."]
    : review.talkFirst.map((r, i) => `${i + 1}. ${r.client} (${flagLabel(r).toLowerCase()}): ${flagSentence(r, currency, included(r))}`);
  const blocks: Omit<Block, "at">[] = [
    { id: "timeLogHeading", values: [[`Time log: ${describeTimeLog(analysis.timeLog)} (monthly figures)`]], style: "heading" },
    { id: "talkFirstHeading", values: [["Clients to talk to first"]], style: "kpiLabel" },
    { id: "talkFirst", values: talk.map((line) => [line]), style: "note" },
  ];
  if (review.rows.length === 0) return blocks;
  blocks.push({
    id: "timeLog",
    values: tableValues(TIME_LOG_COLUMNS, review.rows),
    table: { name: RESULT_TABLES.timeLog },
    wrapHeader: true,
    columnFormats: columnFormats(TIME_LOG_COLUMNS, money),
  });
  return blocks;
}

interface KpiRow {
  label: string;
  value: number | null;
  format: NumberFormat;
  /** The figure's workbook name (NamedCell): a user's formula =Pricer_AnnualRevenue keeps working after every re-run. */
  name: string;
}

/**
 * The named key figures of the catalogue (keyFigures.ts), in its order: each at a fixed cell
 * (B5 down), its name referring to it, so a user's links survive every re-run.
 */
function kpiTable(analysis: Analysis, model: Model): KpiRow[] {
  const values = keyFigures(analysis);
  const context = labelContext(model);
  return KEY_FIGURES.flatMap((f) =>
    f.name === undefined ? [] : [{ label: figureLabel(f, context), value: values[f.field], format: figureFormat(f, model.settings.currency), name: f.name }],
  );
}

function breakEvenSentence(analysis: Analysis): string {
  const { policy, noCharge } = analysis.travel.breakEvenMinutes;
  const at = (m: number | null) => (m === null ? `never within ${BREAK_EVEN_MAX_MINUTES} minutes` : `from ${m} minutes one way`);
  return `Break-even: with the travel policy a visit loses money ${at(policy)}; with no travel charge ${at(noCharge)}.`;
}

/** One line per warning, naming its cell where it has one. */
export function noteLines(warnings: readonly Problem[]): string[] {
  if (warnings.length === 0) return ["No warnings."];
  return warnings.map(formatProblem);
}

function planCharts(top: number): ChartSpec[] {
  const place = (i: number) => {
    const chartTop = top + i * (CHART_HEIGHT + CHART_GAP);
    return rangeA1(chartTop, CHART_LEFT, chartTop + CHART_HEIGHT - 1, CHART_LEFT + CHART_WIDTH - 1);
  };
  const segment = (header: string) => columnIndex(SEGMENT_COLUMNS, header);
  const sensitivity = (header: string) => columnIndex(SENSITIVITY_COLUMNS, header);
  return [
    {
      id: "revenueBySegment",
      type: "columnClustered",
      title: "Monthly revenue by segment: hourly, current, recommended",
      sourceBlock: "segments",
      categoryColumn: segment("Segment"),
      seriesColumns: ["Hourly revenue", "Current revenue", "Recommended revenue"].map(segment),
      placeAt: place(0),
      yAxisTitle: "Revenue per month",
    },
    {
      id: "revenuePerClient",
      type: "barClustered",
      title: "Annual revenue per client by segment",
      sourceBlock: "segments",
      categoryColumn: segment("Segment"),
      seriesColumns: [segment("Annual revenue per client")],
      placeAt: place(1),
    },
    {
      id: "marginByDriveTime",
      type: "line",
      title: "Margin per visit by one-way drive time",
      sourceBlock: "sensitivity",
      categoryColumn: sensitivity("Drive minutes (one way)"),
      seriesColumns: ["Margin with travel charge", "Margin without travel charge"].map(sensitivity),
      placeAt: place(2),
      xAxisTitle: "Drive minutes (one way)",
      yAxisTitle: "Margin per visit",
    },
  ];
}
