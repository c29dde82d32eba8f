/**
 * The sample's Pricing Results charts as a reader without the workbook's theme draws them
 * (issue 17: they printed as empty axes): the result written by the .xlsx shell, printed by
 * LibreOffice and rendered to pixels, shows bars and lines in the palette's colours.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runFlow } from "../../../src/core/flow";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { CHART_PALETTE } from "../../../src/core/report/layout/chartLooks";
import { blankWorkbook } from "../../../src/shells/xlsx/write/blankWorkbook";
import { resultWorkbook } from "../../../src/shells/xlsx/write/resultWorkbook";
import { printToPdf, pixelsOf, renderPages } from "./libreOffice";

jest.setTimeout(240_000);

describe("the Pricing Results charts printed by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "charts-pdf-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("draw every series in its own colour: the bars and lines of the three charts are on the page", async () => {
    const plan = runFlow(sampleGrids()).plan!;
    const results = plan.sheets.find((s) => s.name === RESULTS_SHEET)!;
    // The result as the command line writes it, with the Pricing Results sheet alone (the rate card has colours of its own).
    const pdf = printToPdf((await resultWorkbook(await blankWorkbook(), { sheets: [results] })).bytes, dir, "results");
    const pages = renderPages(pdf, 40);
    const found = CHART_PALETTE.slice(0, 3).map((color) => pages.reduce((sum, page) => sum + pixelsOf(page, color), 0));
    // Revenue by segment: three bar series (palette 0–2); revenue per client: one (0); margin by drive time: two lines (0, 1).
    // At 40 dpi a bar of the smallest segment is still some 30 pixels; the lines a few hundred.
    expect(found.map((n) => n > 150)).toEqual([true, true, true]);
  });
});
