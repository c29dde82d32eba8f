/**
 * Workbooks for the Office.js shell's tests, loaded into the strict fake Excel, and the analysis
 * run the way the task pane runs it: read (find + load), the flow, then apply.
 */
import type { FakeExcel, FakeExcelOptions } from "../../../src/testing/fakeExcel";
import { fakeExcelOf } from "../../support/workbook";
import { sampleGrids } from "../../../src/core/workbook/sample";
import type { CellValue, Grid } from "../../../src/core/workbook/grid";
import { runFlow } from "../../../src/core/flow";
import { applyPlan, readWorkbook, type ApplyResult } from "../../../src/shells/excel";

export type Ctx = Excel.RequestContext;

/** The fake's context, typed as the Office.js one the shell takes. */
export function ctx(fake: FakeExcel): Ctx {
  return fake.context() as unknown as Ctx;
}

/** A fake Excel installed as the globals `Excel` and `Office` (the shell asks Office for requirement sets). */
export function excelWith(grids: Grid[], options: FakeExcelOptions = {}, extraSheets: string[] = []): FakeExcel {
  return fakeExcelOf(grids, options, extraSheets);
}

/** The sample model with its 28 clients repeated (names numbered) up to `count` clients. */
export function sampleWithClients(count: number): Grid[] {
  return sampleGrids().map((g) => {
    if (g.key !== "clients") return g;
    const [header, ...rows] = g.values;
    const clients: CellValue[][] = [];
    for (let i = 0; i < count; i++) {
      const row = [...rows[i % rows.length]!];
      row[0] = i < rows.length ? row[0]! : `${String(row[0])} #${Math.floor(i / rows.length) + 1}`;
      // A copy has no Time log entries of its own: it gets typical figures where the sample's are blank.
      if (i >= rows.length && row[4] === null) row.splice(4, 3, 2, 1.5, 2);
      clients.push(row);
    }
    return { ...g, values: [header!, ...clients] };
  });
}

export interface Analyzed {
  readSyncs: number;
  applySyncs: number;
  result: ApplyResult | null;
  errors: number;
}

/** What the Analyze button does: read, run the flow, write the plan when there are no errors. */
export async function analyzeIn(fake: FakeExcel, sheets: ("results" | "rateCard")[] = ["results", "rateCard"]): Promise<Analyzed> {
  const before = fake.workbook.syncs;
  const read = await readWorkbook(ctx(fake));
  const readSyncs = fake.workbook.syncs - before;
  const flow = runFlow(read.grids, { sheets });
  if (flow.plan === null) return { readSyncs, applySyncs: 0, result: null, errors: flow.analysis.errors.length };
  const result = await applyPlan(ctx(fake), flow.plan, read.state);
  return { readSyncs, applySyncs: fake.workbook.syncs - before - readSyncs, result, errors: 0 };
}

/** Everything a user could see in the workbook, to prove that nothing changed. */
export function snapshot(fake: FakeExcel): string {
  const book = fake.workbook;
  return JSON.stringify({
    sheets: book.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()],
      charts: s.charts,
      widths: [...s.columnWidths.entries()],
      heights: [...s.rowHeights.entries()],
      frozen: s.frozenRows,
      layout: s.pageLayout,
    })),
    tables: book.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rect: t.rect })),
    names: book.names.map((n) => ({ name: n.name, sheet: n.sheet?.name ?? null, ref: n.ref })),
  });
}
