/**
 * The "Pricing Results" sheet: headline figures at the top, then the segment, travel-band and
 * sensitivity tables with the charts to their right, the notes, and the client table last, so a
 * client table of any length has nothing below it and nothing beside it.
 */
import type { Analysis } from "../../pricing/results";
import { kpis } from "../../pricing/kpis";
import { BREAK_EVEN_MAX_MINUTES } from "../../pricing/sensitivity";
import type { CellValue } from "../../workbook/grid";
import type { Model, Problem } from "../../workbook/model";
import { HOURLY } from "../../workbook/parseTiers";
import { formatProblem } from "../../workbook/problems";
import type { Block, ChartSpec, NumberFormat, SheetSpec } from "../sheetPlan";
import { contentWidths } from "../layout/contentWidths";
import { wrappedRowHeights } from "../layout/wrappedRowHeights";
import { CLIENT_HEADERS, clientTable } from "./clientColumns";
import { hasToolCosts } from "../../pricing/toolCost";
import { RESULTS_SHEET, RESULT_TABLES } from "../outputs/names";
import { a1, rangeA1 } from "../../workbook/address";
import { timeLogReview, type TimeLogRow } from "../../pricing/timeLogReview";
import { describeTimeLog, flagLabel, flagSentence } from "./timeLogText";
import { planRenewals } from "./planRenewals";
import {
  COUNT_FORMAT,
  HOURS_FORMAT,
  MINUTES_FORMAT,
  PERCENT_FORMAT,
  formatNumber,
  moneyFormat,
  wholeMoneyFormat,
} from "../layout/formats";

export { CLIENT_HEADERS };

/** The first ten columns feed the charts; PRICING.md v2's recommended margin and contract value follow. */
export const SEGMENT_HEADERS = [
  "Segment", "Clients", "Work hours", "Travel hours", "Hourly revenue", "Current revenue",
  "Recommended revenue", "Cost", "Current margin", "Annual revenue per client", "Revenue per hour",
  "Recommended margin", "Contract value",
] as const;

export const BAND_HEADERS = ["Drive time (one way)", "Clients", "Visits", "Travel charges", "Travel cost", "Current margin"] as const;

export const SENSITIVITY_HEADERS = [
  "Drive minutes (one way)", "Revenue with travel charge", "Revenue without travel charge",
  "Margin with travel charge", "Margin without travel charge",
] as const;

/** Charts sit right of the summary tables, clear of the widest of them (the segment table). */
const CHART_LEFT = SEGMENT_HEADERS.length + 1;
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
  const whole = wholeMoneyFormat(currency);
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
  const kpiRows = kpiTable(analysis, model, whole, money);
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
  const segmentFormats = [null, COUNT_FORMAT, HOURS_FORMAT, HOURS_FORMAT, money, money, money, money, money, money, money, money, money];
  add({
    id: "segments",
    values: [
      [...SEGMENT_HEADERS],
      ...analysis.segments.map((s): CellValue[] => [
        s.segment, s.clients, s.workHours, s.travelHours, s.hourlyRevenue, s.currentRevenue,
        s.recommendedRevenue, s.cost, s.currentMargin, s.annualRevenuePerClient, s.revenuePerHour,
        s.recommendedMargin, s.contractValue,
      ]),
    ],
    table: { name: RESULT_TABLES.segments },
    wrapHeader: true,
    columnFormats: segmentFormats,
  }, 0);
  const t = analysis.totals;
  add({
    id: "segmentTotals",
    values: [[
      "Total", t.clients, t.workHours, t.travelHours, t.hourlyRevenue, t.currentRevenue,
      t.recommendedRevenue, t.cost, t.currentMargin, t.annualRevenuePerClient, t.revenuePerHour,
      t.recommendedMargin, t.contractValue,
    ]],
    cellFormats: [segmentFormats],
    style: "kpiLabel",
  });

  add({ id: "bandsHeading", values: [["Travel bands (monthly, by one-way drive time)"]], style: "heading" }, 0);
  add({
    id: "travelBands",
    values: [
      [...BAND_HEADERS],
      ...analysis.travel.bands.map((b): CellValue[] => [b.band, b.clients, b.visits, b.travelCharges, b.travelCost, b.currentMargin]),
    ],
    table: { name: RESULT_TABLES.travelBands },
    wrapHeader: true,
    // Visits in General: "#,##0.##" would show a whole number as "6." in Excel.
    columnFormats: [null, COUNT_FORMAT, null, money, money, money],
  });

  const hRef = analysis.travel.referenceVisitHours;
  add({
    id: "sensitivityHeading",
    values: [[`Travel sensitivity: one hourly visit of ${formatNumber(hRef)} h on site, per visit`]],
    style: "heading",
  }, 0);
  add({
    id: "sensitivity",
    values: [
      [...SENSITIVITY_HEADERS],
      ...analysis.travel.sensitivity.map((s): CellValue[] => [s.minutes, s.revenue, s.revenueNoCharge, s.margin, s.marginNoCharge]),
    ],
    table: { name: RESULT_TABLES.sensitivity },
    wrapHeader: true,
    columnFormats: [MINUTES_FORMAT, money, money, money, money],
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

  add({ id: "clientsHeading", values: [["Clients (monthly), then each tier's price for the client and whether it earns the margin"]], style: "heading" }, 0);
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
    namedCells: kpiRows.flatMap((k, i) => (k.name ? [{ name: k.name, at: a1(kpiTop + i, 1) }] : [])),
  };
}

export const TIME_LOG_HEADERS = [
  "Client", "Tier", "Visits per month (model)", "Visits per month (log)", "Hours per visit (model)",
  "Hours per visit (log)", "Remote hours (model)", "Remote hours (log)", "Hourly revenue (model)",
  "Actual revenue (log)", "Revenue on logged use", "Cost of logged use", "Margin on logged use",
  "Flag", "Loss per month", "Pays × hourly value",
] as const;

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
    values: [
      [...TIME_LOG_HEADERS],
      ...review.rows.map((r): CellValue[] => [
        r.client, r.tier ?? HOURLY, r.modelled.visits, r.logged.visits, r.modelled.hoursPerVisit, r.logged.hoursPerVisit,
        r.modelled.remoteHours, r.logged.remoteHours, r.hourlyRevenue, r.actualRevenue, r.loggedRevenue, r.loggedCost,
        r.loggedMargin, r.flag === null ? null : flagLabel(r), r.flag === "loss" ? r.keyFigure : null,
        r.flag === "churnRisk" && Number.isFinite(r.keyFigure!) ? r.keyFigure : null,
      ]),
    ],
    table: { name: RESULT_TABLES.timeLog },
    wrapHeader: true,
    columnFormats: [
      null, null, HOURS_FORMAT, HOURS_FORMAT, HOURS_FORMAT, HOURS_FORMAT, HOURS_FORMAT, HOURS_FORMAT,
      money, money, money, money, money, null, money, '0.0"×"',
    ],
  });
  return blocks;
}

interface KpiRow {
  label: string;
  value: number | null;
  format: NumberFormat;
  /** The figure's workbook name (NamedCell): a user's formula =Pricer_AnnualRevenue keeps working after every re-run. */
  name?: string;
}

function kpiTable(analysis: Analysis, model: Model, whole: NumberFormat, money: NumberFormat): KpiRow[] {
  const k = kpis(analysis);
  const { policy, noCharge } = analysis.travel.breakEvenMinutes;
  const s = model.settings;
  // Margins carry the tools of clients on agreements: say so where the workbook costs tools.
  const tools = hasToolCosts(model) ? " (after tools)" : "";
  const term = `${formatNumber(s.contractTerm)}-month term`;
  const team = `${formatNumber(s.technicians)} technician${s.technicians === 1 ? "" : "s"} × ${formatNumber(s.billableHoursPerTechnician)} h`;
  // ---- Named key figures: each row sits at a fixed cell (B5 down) and its name refers to it, so
  // a user's links survive every re-run. Append new figures at the end (never insert or reorder:
  // that would move the cells the names and the user's formulas point at).
  return [
    { label: "Clients", value: k.clients, format: COUNT_FORMAT, name: "Pricer_Clients" },
    { label: "Annual revenue, all clients hourly", value: k.annualHourlyRevenue, format: whole, name: "Pricer_AnnualHourlyRevenue" },
    { label: "Annual revenue, current billing", value: k.annualCurrentRevenue, format: whole, name: "Pricer_AnnualRevenue" },
    { label: "Annual revenue, recommended tiers", value: k.annualRecommendedRevenue, format: whole, name: "Pricer_AnnualRecommendedRevenue" },
    { label: `Annual margin, current billing${tools}`, value: k.annualCurrentMargin, format: whole, name: "Pricer_AnnualMargin" },
    { label: `Margin %, current billing${tools}`, value: k.currentMarginPct, format: PERCENT_FORMAT, name: "Pricer_MarginPct" },
    { label: `Annual margin, recommended tiers${tools}`, value: k.annualRecommendedMargin, format: whole, name: "Pricer_AnnualRecommendedMargin" },
    { label: `Margin %, recommended tiers${tools}`, value: k.recommendedMarginPct, format: PERCENT_FORMAT, name: "Pricer_RecommendedMarginPct" },
    { label: "Effective rate per hour (work + travel)", value: k.effectiveRate, format: money, name: "Pricer_EffectiveRate" },
    {
      label: "One small-business client earns as much as",
      value: k.homeClientsPerSmallBusiness,
      format: '0.0" home clients"',
      name: "Pricer_HomeClientsPerSmallBusiness",
    },
    {
      label: "Home clients needed to match all small-business revenue",
      value: analysis.equivalence.homeClientsToMatchSmallBusinessBook,
      format: "#,##0.0",
      name: "Pricer_HomeClientsToMatchSmallBusiness",
    },
    { label: "Break-even drive, with travel charge", value: policy, format: '0" min"', name: "Pricer_BreakEvenMinutes" },
    { label: "Break-even drive, no travel charge", value: noCharge, format: '0" min"', name: "Pricer_BreakEvenMinutesNoCharge" },
    // PRICING.md v2, appended so the figures above keep their cells (and workbook names).
    { label: `Hours available a month (${team})`, value: k.availableHours, format: HOURS_UNIT_FORMAT, name: "Pricer_AvailableHours" },
    { label: "Hours used a month (work + travel)", value: k.usedHours, format: HOURS_UNIT_FORMAT, name: "Pricer_UsedHours" },
    { label: "Capacity used", value: k.utilisation, format: PERCENT_FORMAT, name: "Pricer_Utilisation" },
    { label: "Hours left a month (negative: more than the team has)", value: k.availableHours - k.usedHours, format: HOURS_UNIT_FORMAT, name: "Pricer_HoursLeft" },
    { label: `Contract value, recommended agreements (${term}, onboarding included)`, value: k.contractValue, format: whole, name: "Pricer_ContractValue" },
  ];
  // ---- end of the named key figures
}

/** Hours with their unit, one decimal: "120.0 h". */
const HOURS_UNIT_FORMAT: NumberFormat = '#,##0.0" h"';

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
  return [
    {
      id: "revenueBySegment",
      type: "columnClustered",
      title: "Monthly revenue by segment: hourly, current, recommended",
      sourceBlock: "segments",
      categoryColumn: 0,
      seriesColumns: [4, 5, 6],
      placeAt: place(0),
      yAxisTitle: "Revenue per month",
    },
    {
      id: "revenuePerClient",
      type: "barClustered",
      title: "Annual revenue per client by segment",
      sourceBlock: "segments",
      categoryColumn: 0,
      seriesColumns: [9],
      placeAt: place(1),
    },
    {
      id: "marginByDriveTime",
      type: "line",
      title: "Margin per visit by one-way drive time",
      sourceBlock: "sensitivity",
      categoryColumn: 0,
      seriesColumns: [3, 4],
      placeAt: place(2),
      xAxisTitle: "Drive minutes (one way)",
      yAxisTitle: "Margin per visit",
    },
  ];
}
