/**
 * The charts and Excel tables on our own output sheets, loaded beside another read (no request of
 * its own): applyPlan removes the charts before writing the new ones, and keeps each of our tables
 * whose header row stays where it is, resizing it (Table.resize, ExcelApi 1.13: "the headers must
 * remain in the same row"), so the user's structured references to it keep working.
 */
import { sameName } from "../../core/report/outputs/ownership";
import { parseRangeA1, splitAddress } from "../../core/workbook/address";
import type { WorkbookState } from "./workbookState";

export interface OurParts {
  charts: { sheet: string; name: string }[];
  /** Top-left cell (0-based) of each of our tables. */
  tableAt: { name: string; row: number; col: number }[];
}

/** Queues the loads for these sheets (those that exist); the function it returns reads them after the sync. */
export function queueOurParts(context: Excel.RequestContext, state: WorkbookState, sheets: readonly string[]): () => OurParts {
  const charts = sheets.map((sheet) => ({ sheet, charts: context.workbook.worksheets.getItem(sheet).charts.load("items/name") }));
  const tables = state.tables
    .filter((t) => sheets.some((s) => sameName(s, t.sheet)))
    .map((t) => ({ name: t.name, range: context.workbook.tables.getItem(t.name).getRange().load("address") }));
  return () => ({
    charts: charts.flatMap((c) => c.charts.items.map((x) => ({ sheet: c.sheet, name: x.name }))),
    tableAt: tables.map((t) => {
      const { top, left } = parseRangeA1(splitAddress(t.range.address).range.replace(/\$/g, ""));
      return { name: t.name, row: top, col: left };
    }),
  });
}
