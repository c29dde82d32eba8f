/**
 * Merged cells read as Excel (and the add-in, through Office.js) hold them: the value in the
 * area's first cell, the others blank. ExcelJS alone repeats the value in every cell.
 */
import fs from "node:fs";
import { ACME, CLIENT_HEADER, analyze, inDir, model, tempDir, write } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("a heading merged over two columns is one heading: no duplicate-column warning, §8's figures", async () => {
  const workbook = model({ clients: [["Client", null, ...CLIENT_HEADER.slice(1)], [ACME[0], "key account", ...ACME.slice(1)]] });
  workbook.getWorksheet("Clients")!.mergeCells("A1:B1");
  const run = await analyze(await write(workbook, inDir(dir, "merged-heading.xlsx")));
  expect(run.code).toBe(0);
  expect(run.report!.warnings.filter((w) => w.message.includes("more than one"))).toEqual([]);
  expect(run.report!.clients[0]!.currentRevenue).toBeCloseTo(900, 9);
});

it("a Segment merged down three rows counts for all three rows, as the consultant sees it (PRICING.md §1)", async () => {
  const rows = [CLIENT_HEADER, ACME, ["Bolt Legal", "Small business", "", 5, 1, 1, 0], ["Cora Ltd", "Small business", "", 5, 1, 1, 0]];
  const workbook = model({ clients: rows });
  workbook.getWorksheet("Clients")!.mergeCells("B2:B4");
  const run = await analyze(await write(workbook, inDir(dir, "merged-segment.xlsx")));
  expect(run.code).toBe(0);
  expect(run.report!.clients.map((c) => c.segment)).toEqual(["Small business", "Small business", "Small business"]);
  expect(run.report!.segments.map((s) => [s.segment, s.clients])).toEqual([["Small business", 3]]);
  // Bolt Legal: 5 mi (no trip charge), 1 visit of 1 h at 125 = 125.00 a month, by the hour.
  expect(run.report!.clients[1]!.currentRevenue).toBeCloseTo(125, 9);
});
