/**
 * PRICING.md §8b (seats, tools, a minimum fee, onboarding), the one workbook every test of it
 * uses: as sheets of cells (typed the way an MSP would: Per seat, Per endpoint, Floor, Setup fee,
 * a tool cost as "$8"), as the parser's grids, and as an .xlsx file written by ExcelJS for the
 * command line. Change it here and every front door is tested on the same workbook.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, TableKey } from "../../src/core/workbook/grid";
import type { Analysis } from "../../src/core/pricing/results";
import type { Model, ParseResult } from "../../src/core/workbook/model";
import { analyze } from "../../src/core/pricing/analyze";
import { parseModel } from "../../src/core/workbook/parseModel";
import { TABLES } from "../../src/core/workbook/tables";

export const SEATS_BUSINESS_NAME = "Summit IT Services";
export const SEATS_CONTACT = "(555) 010-4477 · hello@summit-it.example";
export const SEATS_BENEFITS = ["One predictable monthly fee", "Hours included every month", "Guaranteed response", "No trip charges", "Proactive monitoring", "A quarterly review"];

/** One sheet per table, headings in row 1, in the order a consultant lays them out. */
export const WORKED_EXAMPLE_SEATS: { key: TableKey; rows: CellValue[][] }[] = [
  {
    key: "settings",
    rows: [
      ["Setting", "Value"],
      ["Business name", SEATS_BUSINESS_NAME],
      ["Contact", SEATS_CONTACT],
      ["Tool cost per user", 12],
      ["Tool cost per device", "$8"],
      ["Tool cost per server", 40],
    ],
  },
  {
    key: "tiers",
    rows: [
      ["Tier", "Monthly fee", "Per seat", "Per endpoint", "Per server", "Floor", "Included hours", "Travel included", "Setup fee"],
      ["Business", 900, null, null, null, null, 8, "Yes", 500],
      ["Business Plus", 300, 45, 10, 150, 600, 10, "Yes", 750],
    ],
  },
  {
    key: "clients",
    rows: [
      ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Seats", "Endpoints", "Servers", "Drive minutes"],
      ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, null, null, null, null],
      ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, 8, 10, 1, null],
      ["Cedar Bakery", "Small business", "Business Plus", 22, 1, 0.5, 2, 3, 4, 0, 35],
    ],
  },
  { key: "benefits", rows: [["Benefit"], ...SEATS_BENEFITS.map((b) => [b])] },
];

/** The sheets as the strict fake Excel and the .xlsx writer take them: name and values. */
export function workedExampleSeatsSheets(): { name: string; values: CellValue[][] }[] {
  return WORKED_EXAMPLE_SEATS.map((t) => ({ name: TABLES[t.key].sheetName, values: t.rows.map((r) => [...r]) }));
}

/** The grids a shell hands the core: plain sheets, headings in row 1. */
export function workedExampleSeatsGrids(): Grid[] {
  return WORKED_EXAMPLE_SEATS.map((t) => ({
    key: t.key, sheet: TABLES[t.key].sheetName, source: "sheet" as const, origin: { row: 0, col: 0 }, values: t.rows.map((r) => [...r]),
  }));
}

/** Parsed and analysed; throws if the workbook no longer reads without errors. */
export function workedExampleSeats(): { parsed: ParseResult; model: Model; analysis: Analysis } {
  const parsed = parseModel(workedExampleSeatsGrids());
  if (parsed.errors.length > 0 || parsed.model === null) throw new Error(JSON.stringify(parsed.errors));
  return { parsed, model: parsed.model, analysis: analyze(parsed.model) };
}

/** Written by ExcelJS (not by our writer), for the command line. */
export async function writeWorkedExampleSeats(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of workedExampleSeatsSheets()) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const row of sheet.values) ws.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
}
