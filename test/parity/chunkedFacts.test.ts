/**
 * Issue 8 on issue 9's chunked read: a Clients table bigger than the first request's window
 * (5,001 rows) with a hidden row, a cell formatted as a time (1:15) and a merged Segment in the
 * rows only a later request reads. The add-in must see those facts there as the command line
 * sees them in the file (same report, to the cent), within the sync budget and Excel on the web's
 * 5 MB per response.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { PAYLOAD_LIMIT } from "../../src/testing/fakeExcel";
import { readWorkbook } from "../../src/shells/excel";
import { workbookBytes } from "../../src/shells/xlsx/read/files";
import type { Grid } from "../../src/core/workbook/grid";
import { ctx, sampleWithClients } from "../shells/excel/helpers";
import { fakeExcelFromXlsx } from "./fakeFromXlsx";
import { runCli, runPane } from "./runBoth";

jest.setTimeout(120_000);

const CLIENTS = 6_000;
/** Data rows (0-based among the clients) past the first window. */
const HIDDEN = 5_500;
const TIMED = 5_800;
const MERGED = 5_900;
const HOURS_PER_VISIT = 5;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chunked-facts-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The sample model with 6,000 clients; Clients as an Excel table (named `tableName`) or a plain sheet under two title rows. */
async function workbook(clients: "table" | "titled sheet", tableName = "Clients"): Promise<{ file: string; firstDataRow: number; sheet: string }> {
  const book = new ExcelJS.Workbook();
  let firstDataRow = 2; // 1-based sheet row of the first client
  // A table named Table3 sits on a sheet not named Clients either, so only its headings tell it.
  const sheet = tableName === "Clients" ? "Clients" : "Data";
  for (const grid of sampleWithClients(CLIENTS)) {
    const ws = book.addWorksheet(grid.key === "clients" ? sheet : grid.sheet);
    const [header, ...rows] = grid.values as Grid["values"];
    if (grid.key === "clients") {
      // Rows 5,900 and 5,901 share a segment, merged down as consultants do.
      rows[MERGED + 1]![1] = rows[MERGED]![1]!;
      rows[TIMED]![HOURS_PER_VISIT] = 1.25 / 24; // 1:15 where the sample has 1.5 hours
    }
    if (grid.key === "clients" && clients === "titled sheet") {
      ws.addRow(["Client list — FY2027"]);
      ws.addRow([]);
      ws.addRow(header!);
      for (const r of rows) ws.addRow(r);
      firstDataRow = 4;
    } else {
      ws.addTable({
        name: grid.key === "clients" ? tableName : grid.tableName!,
        ref: "A1",
        headerRow: true,
        columns: header!.map((h) => ({ name: String(h) })),
        rows: rows as ExcelJS.CellValue[][],
      });
    }
    if (grid.key !== "clients") continue;
    ws.getRow(firstDataRow + HIDDEN).hidden = true;
    ws.getRow(firstDataRow + TIMED).getCell(HOURS_PER_VISIT + 1).numFmt = "h:mm";
    if (clients === "titled sheet") {
      ws.getRow(firstDataRow + MERGED + 1).getCell(2).value = null;
      ws.mergeCells(firstDataRow + MERGED, 2, firstDataRow + MERGED + 1, 2);
    }
  }
  const file = path.join(dir, `${clients.replace(" ", "-")}-${tableName}.xlsx`);
  fs.writeFileSync(file, await workbookBytes(book));
  return { file, firstDataRow, sheet };
}

describe.each([
  // find, the first 5,001 rows, the rest
  ["an Excel table named Clients", "table", "Clients", 3],
  // find, the first rows (and Table3's headings), Table3's first rows, the rest
  ["an Excel table Table3 found by its headings", "table", "Table3", 4],
  // find, the first rows, how far the header's columns go with the next ~1 MB of rows (the rest)
  ["a plain sheet with its header under a title", "titled sheet", "Clients", 3],
] as const)("6,000 clients in %s", (_what, layout, tableName, readSyncs) => {
  test("the facts in the later request are read as the command line reads them, within the sync budget", async () => {
    const { file, firstDataRow, sheet } = await workbook(layout, tableName);
    const cli = await runCli(file);
    expect(cli.code).toBe(0);
    // The command line saw each fact: the hidden client left out and named, 1:15 as 1.25 hours (fewer than the
    // same client's 1.5 hours 28 rows up).
    expect(cli.report.clients).toHaveLength(CLIENTS - 1);
    expect(cli.report.warnings.map((w) => w.cell)).toContain(`${sheet}!A${firstDataRow + HIDDEN}`);
    if (tableName === "Table3") expect(cli.report.warnings.map((w) => w.message).join("\n")).toContain("recognised by its headings");
    const timed = cli.report.clients[TIMED - 1]!;
    const same = cli.report.clients[TIMED - 1 - 28]!;
    expect(same.client.split(" #")[0]).toBe(timed.client.split(" #")[0]);
    expect(Number(timed.workHours)).toBeLessThan(Number(same.workHours));

    const pane = await runPane(file, "1.13");
    expect(pane.analyze.kind).toBe("results");
    if (pane.analyze.kind !== "results") return;
    expect(JSON.parse(JSON.stringify(pane.analyze.analysis))).toEqual(cli.report);

    const fake = await fakeExcelFromXlsx(fs.readFileSync(file), "1.13");
    const read = await readWorkbook(ctx(fake));
    expect(read.syncs).toBe(readSyncs);
    for (const r of fake.workbook.requests) expect(r.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    const clients = read.grids.find((g) => g.key === "clients")!;
    const header = firstDataRow - 2; // index of the header row in the grid
    expect(clients.hiddenRows).toEqual([header + 1 + HIDDEN]);
    expect(clients.timeCells).toEqual([{ row: header + 1 + TIMED, col: HOURS_PER_VISIT }]);
    if (layout === "titled sheet") expect(clients.merges).toEqual([{ top: header + 1 + MERGED, left: 1, bottom: header + 2 + MERGED, right: 1 }]);
  });
});
