/**
 * Issue 8: the consultant-style corpus (test/consultant/fixtures) read by the command line and by
 * the add-in (Office.js shell on the strict in-memory Excel loaded from the same file) must give
 * the same report: same figures, same warnings at the same cells, same refusals. The fake runs as
 * an Excel with ExcelApi 1.13, where merged areas can be read (readCellFacts.ts).
 * Left out: bad-values.xlsx, whose formula without a saved result only a file can have (Excel
 * calculates every formula when it opens the workbook).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { problemLines, runCli, runPane } from "./runBoth";

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, "../consultant/fixtures");
const CORPUS = [
  "title-rows.xlsx", "libreoffice/title-rows.xlsx", "totals-and-notes.xlsx", "consultant-headings.xlsx",
  "hidden-rows.xlsx", "libreoffice/hidden-rows.xlsx", "merged-segments.xlsx", "libreoffice/merged-segments.xlsx",
  "times.xlsx", "libreoffice/times.xlsx", "km-heading.xlsx", "openpyxl-image.xlsx", "openpyxl-chart.xlsx",
  "openpyxl-comment.xlsx", "libreoffice/sample.xlsx",
];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "consultant-parity-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it.each(CORPUS)("%s: the add-in reads it as the command line does", async (name) => {
  const copy = path.join(dir, name.replace(/\//g, "-"));
  fs.copyFileSync(path.join(FIXTURES, name), copy);
  const cli = await runCli(copy);
  const pane = await runPane(copy, "1.13");
  if (cli.code === 0) {
    expect(pane.analyze.kind).toBe("results");
    if (pane.analyze.kind !== "results") return;
    expect(JSON.parse(JSON.stringify(pane.analyze.analysis))).toEqual(cli.report);
  } else {
    expect(pane.analyze.kind).toBe("errors");
    if (pane.analyze.kind !== "errors") return;
    expect(problemLines(pane.analyze.errors)).toEqual(problemLines(cli.report.errors));
    expect(problemLines(pane.analyze.warnings)).toEqual(problemLines(cli.report.warnings));
    expect(pane.afterAnalyze).toEqual(pane.before);
  }
});

it("in an Excel before ExcelApi 1.13 a merged Segment is read as Excel hands it over: blank below, refused at those cells, never priced wrongly", async () => {
  const copy = path.join(dir, "merged-old-excel.xlsx");
  fs.copyFileSync(path.join(FIXTURES, "merged-segments.xlsx"), copy);
  const pane = await runPane(copy, "1.9");
  expect(pane.analyze.kind).toBe("errors");
  if (pane.analyze.kind !== "errors") return;
  expect(pane.analyze.errors.map((e) => e.cell)).toEqual(["Clients!B3"]);
  expect(pane.afterAnalyze).toEqual(pane.before);
});
