/**
 * A row pasted just under an Excel table is outside it: Excel (and PRICING.md §1) reads only the
 * table's range, so the row is not read, and the user is told so at the row's first cell.
 */
import type { CellValue, Grid } from "../../../src/core/workbook/grid";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { formatProblem } from "../../../src/core/workbook/problems";
import { BENEFITS_OK, CLIENTS_OK, grid, TIERS_OK } from "./helpers";

const RESIZE = "resize the table (Table Design › Resize Table) to include it.";

/** The Tiers table as an Excel table at A1:F3, with `below` in row 4 (0-based row 3). */
function tiersTable(below: CellValue[] | undefined, opts: Partial<Grid> = {}): Grid {
  return {
    ...grid("tiers", TIERS_OK, { source: "table", tableName: "Tiers" }),
    ...(below ? { rowBelow: { row: 3, values: below } } : {}),
    ...opts,
  };
}

const others = () => [grid("clients", CLIENTS_OK), grid("benefits", BENEFITS_OK)];
const baseline = parseModel([tiersTable(undefined), ...others()]);

test("a tier typed under the Tiers table is a warning at its first cell, and is not read", () => {
  const result = parseModel([tiersTable(["Premier", 2500, 20, 2, "Yes", null]), ...others()]);
  expect(result.errors).toEqual([]);
  expect(result.warnings.map(formatProblem)).toEqual([
    ...baseline.warnings.map(formatProblem),
    `Tiers!A4: This row is just below the Tiers table, outside it, so it is not read — ${RESIZE}`,
  ]);
  expect(result.model!.tiers.map((t) => t.name)).toEqual(["Essentials", "Business"]);
});

test("one value anywhere in the row is enough; the warning still names the row's first cell, by the table's own name", () => {
  const table = tiersTable(undefined, {
    sheet: "Pricing inputs", tableName: "tblTiers", origin: { row: 9, col: 2 },
    rowBelow: { row: 12, values: [null, null, null, null, null, "note"] },
  });
  const result = parseModel([table, ...others()]);
  expect(result.warnings.map(formatProblem)).toContain(
    `'Pricing inputs'!C13: This row is just below the tblTiers table, outside it, so it is not read — ${RESIZE}`,
  );
});

test("a blank row below (nulls, empty or spaces-only text) is no warning", () => {
  const result = parseModel([tiersTable([null, "", "  ", null, null, null]), ...others()]);
  expect(result.warnings).toEqual(baseline.warnings);
});

test("a Clients table with a client pasted under it: an error elsewhere does not hide the warning", () => {
  const clients: Grid = {
    ...grid("clients", CLIENTS_OK, { source: "table", tableName: "Clients" }),
    rowBelow: { row: 3, values: ["Zed Corp", "Small business", null, 5, 1, 1, 0, null] },
  };
  const result = parseModel([grid("tiers", [["Tier", "Monthly fee"]]), clients, grid("benefits", BENEFITS_OK)]);
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.warnings.map((w) => w.cell)).toContain("Clients!A4");
});

test("another input table stacked right under it is that table's header row, not a stray row", () => {
  const tiers: Grid = { ...tiersTable(["Client", "Segment", "Tier"]), sheet: "Inputs" };
  const clients: Grid = { ...grid("clients", CLIENTS_OK, { source: "table", tableName: "Clients" }), sheet: "Inputs", origin: { row: 3, col: 0 } };
  const result = parseModel([tiers, clients, grid("benefits", BENEFITS_OK)]);
  expect(result.warnings.map((w) => w.message).filter((m) => m.includes("just below"))).toEqual([]);
});
