/**
 * DESIGN.md's safety habits, inside Excel: a sheet we did not make is never touched, input
 * tables never change, text that looks like a formula lands as text, and a workbook with errors
 * gets nothing written at all.
 */
import { ForeignSheetError } from "../../../src/shells/excel";
import { OWNERSHIP_NAMES, RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { sampleGrids } from "../../../src/core/workbook/sample";
import type { Grid } from "../../../src/core/workbook/grid";
import { analyzeIn, excelWith, snapshot } from "./helpers";

describe("a sheet named like ours that we did not make", () => {
  test("stops the run before anything is written, and says how to proceed", async () => {
    const fake = excelWith(sampleGrids());
    const theirs = fake.workbook.addSheet(RATE_CARD_SHEET);
    theirs.touch(0, 0).value = "My own rate card";
    const before = snapshot(fake);
    const syncs = fake.workbook.syncs;

    const run = analyzeIn(fake);

    await expect(run).rejects.toThrow(ForeignSheetError);
    await expect(run).rejects.toThrow(/already has a sheet named "Rate Card".*Rename or delete that sheet/);
    expect(snapshot(fake)).toBe(before); // the results sheet was not written either
    expect(fake.workbook.syncs - syncs).toBe(2); // the read only
  });

  test("is recognised whatever its case (Excel sheet names ignore case)", async () => {
    const fake = excelWith(sampleGrids(), {}, ["PRICING RESULTS"]);
    await expect(analyzeIn(fake)).rejects.toMatchObject({ sheet: RESULTS_SHEET });
  });

  test("stays foreign when our marker name refers to a different sheet", async () => {
    const fake = excelWith(sampleGrids(), {}, [RESULTS_SHEET, "Elsewhere"]);
    fake.workbook.addName(OWNERSHIP_NAMES[RESULTS_SHEET]!, fake.workbook.get("Elsewhere"), { top: 0, left: 0, bottom: 0, right: 0 });
    const before = snapshot(fake);
    await expect(analyzeIn(fake)).rejects.toThrow(ForeignSheetError);
    expect(snapshot(fake)).toBe(before);
  });

  test("a sheet we made and the user renamed is theirs now: the next run makes a new one", async () => {
    const fake = excelWith(sampleGrids());
    await analyzeIn(fake);
    fake.workbook.get(RESULTS_SHEET).name = "Results March";
    await analyzeIn(fake);
    expect(fake.workbook.sheetNames()).toContain("Results March");
    expect(fake.workbook.get("Results March").charts).toHaveLength(3);
    expect(fake.workbook.get(RESULTS_SHEET).charts).toHaveLength(3);
  });
});

function withClients(edit: (rows: Grid["values"]) => void): Grid[] {
  return sampleGrids().map((g) => {
    if (g.key !== "clients") return g;
    const values = g.values.map((r) => [...r]);
    edit(values);
    return { ...g, values };
  });
}

describe("text that Excel would read as a formula", () => {
  const hostile = ["=HYPERLINK(\"http://x\",\"click\")", "+1 Dental", "-Minus Ltd", "@SUM(A1)", "'Quoted'", "007 Agency", "TRUE"];

  test("lands as the same text, never as a formula or a number", async () => {
    const fake = excelWith(withClients((rows) => hostile.forEach((name, i) => (rows[i + 1]![0] = name))));
    await analyzeIn(fake);
    const sheet = fake.workbook.get(RESULTS_SHEET);
    const written = [...sheet.cells.values()];
    expect(written.filter((c) => c.formula !== undefined)).toEqual([]);
    const texts = new Set(written.map((c) => c.value));
    for (const name of hostile) expect(texts).toContain(name);
  });

  test("the input cells holding it are left exactly as they were", async () => {
    const grids = withClients((rows) => (rows[1]![0] = "=1+1"));
    const fake = excelWith(grids);
    await analyzeIn(fake);
    expect(fake.workbook.get("Clients").value("A2")).toBe("=1+1");
    expect(fake.workbook.get("Clients").cell(1, 0)?.formula).toBeUndefined();
  });
});

describe("a workbook with errors", () => {
  test("gets nothing written: no sheet, no table, no name, no format", async () => {
    const fake = excelWith(withClients((rows) => (rows[3]![3] = "far away")));
    const before = snapshot(fake);
    const run = await analyzeIn(fake);
    expect(run.errors).toBeGreaterThan(0);
    expect(snapshot(fake)).toBe(before);
    expect(run.applySyncs).toBe(0);
  });

  test("with no Clients table at all, nothing is written either", async () => {
    const fake = excelWith(sampleGrids().filter((g) => g.key !== "clients"));
    const before = snapshot(fake);
    const run = await analyzeIn(fake);
    expect(run.errors).toBeGreaterThan(0);
    expect(snapshot(fake)).toBe(before);
  });
});

describe("an Excel without the page layout API (ExcelApi 1.8)", () => {
  test("writes the rate card all the same and reports the print setup as skipped", async () => {
    const fake = excelWith(sampleGrids(), { excelApi: "1.8" });
    const run = await analyzeIn(fake);
    expect(run.result?.printSkipped).toEqual([RATE_CARD_SHEET]);
    const card = fake.workbook.get(RATE_CARD_SHEET);
    expect(card.value("A1")).toBe("Summit IT Services");
    expect(card.pageLayout.printArea).toBeNull();
    expect(card.pageLayout.zoom).toEqual({ scale: 100 });
    expect(card.showGridlines).toBe(false); // 1.8 has gridlines
  });

  test("and one without gridlines either (ExcelApi 1.7) keeps them on, writing everything else", async () => {
    const fake = excelWith(sampleGrids(), { excelApi: "1.7" });
    await analyzeIn(fake);
    expect(fake.workbook.get(RESULTS_SHEET).showGridlines).toBe(true);
    expect(fake.workbook.get(RESULTS_SHEET).charts).toHaveLength(3);
  });
});
