/**
 * How the Time log is told to the consultant, the same on the results sheet, in the pane and on
 * the command line: "1,204 entries, Jan–Dec 2025, 12 months", and one sentence per flagged client.
 */
import type { TimeLogSummary } from "../../workbook/model";
import type { TimeLogRow } from "../../pricing/timeLogReview";
import { formatMoney, formatNumber } from "../layout/formats";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthYear(iso: string): { month: string; year: string } {
  return { month: MONTHS[Number(iso.slice(5, 7)) - 1]!, year: iso.slice(0, 4) };
}

/** "Jan–Dec 2025", "Nov 2024–Feb 2025", "Mar 2026". */
export function coveredMonths(summary: TimeLogSummary): string {
  const a = monthYear(summary.first);
  const b = monthYear(summary.last);
  if (a.year !== b.year) return `${a.month} ${a.year}–${b.month} ${b.year}`;
  return a.month === b.month ? `${a.month} ${a.year}` : `${a.month}–${b.month} ${a.year}`;
}

/** "1,204 entries, Jan–Dec 2025, 12 months". */
export function describeTimeLog(summary: TimeLogSummary): string {
  const entries = `${formatNumber(summary.entries)} entr${summary.entries === 1 ? "y" : "ies"}`;
  return `${entries}, ${coveredMonths(summary)}, ${summary.months} month${summary.months === 1 ? "" : "s"}`;
}

/** The flag in a word, as the table and the pane show it. */
export function flagLabel(row: TimeLogRow): string {
  return row.flag === "loss" ? "Loss" : row.flag === "churnRisk" ? "Churn risk" : "";
}

/** "loses $123.45 a month on its logged time (14.2 h a month logged, 8 h included)". */
export function flagSentence(row: TimeLogRow, currency: string, includedHours: number | null): string {
  if (row.flag === "loss") {
    const hours = `${formatNumber(row.loggedHours, 1)} h a month logged${includedHours !== null ? `, ${formatNumber(includedHours, 1)} h included` : ""}`;
    const paid = row.tier === null ? "what it paid does not cover its logged time" : `its ${row.tier} agreement brings less than its logged time costs`;
    return `loses ${formatMoney(row.keyFigure!, currency)} a month: ${paid} (${hours}).`;
  }
  if (row.flag === "churnRisk") {
    const times = Number.isFinite(row.keyFigure!) ? `${formatNumber(row.keyFigure!, 1)}×` : "its fee with no logged work, far more than";
    return `pays ${times} what its logged time would bill by the hour: ${formatMoney(row.excess!, currency)} a month more.`;
  }
  return "";
}
