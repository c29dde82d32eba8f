/** Reading the model: the five tables (or their sheets) as grids, and the state of our output sheets, in two syncs. */
import { outputSheetStates, readWorkbook } from "../../src/excel";
import { createFakeExcel, installFakeExcel } from "../../src/preview/fakeExcel";
import { OWNERSHIP_NAMES, RATE_CARD_SHEET, RESULTS_SHEET } from "../../src/report/names";
import { sampleGrids } from "../../src/workbook/sample";
import { ctx, excelWith, snapshot } from "./helpers";

test("finds the five sample tables and reads them as they are, in two syncs, changing nothing", async () => {
  const fake = excelWith(sampleGrids());
  const before = snapshot(fake);
  const read = await readWorkbook(ctx(fake));
  expect(fake.workbook.syncs).toBe(2);
  expect(read.grids).toEqual(sampleGrids());
  expect(snapshot(fake)).toBe(before);
});

test("an empty workbook takes one sync and finds nothing", async () => {
  const fake = createFakeExcel();
  const read = await readWorkbook(ctx(fake));
  expect(fake.workbook.syncs).toBe(1);
  expect(read.grids).toEqual([]);
  expect(Object.values(read.located)).toEqual([null, null, null, null, null]);
});

test("a table off A1 keeps its origin, so problems name the right cells; a totals row is not data", async () => {
  const fake = createFakeExcel({
    sheets: [{
      name: "Model",
      at: "C3",
      values: [["Tier", "Monthly fee"], ["Basic", 99], ["Total", 99]],
      tables: [{ name: "Tiers", range: "C3:D5" }],
    }],
  });
  fake.workbook.table("Tiers")!.showTotals = true;
  const [grid] = (await readWorkbook(ctx(fake))).grids;
  expect(grid).toEqual({
    key: "tiers", sheet: "Model", source: "table", tableName: "Tiers", origin: { row: 2, col: 2 },
    values: [["Tier", "Monthly fee"], ["Basic", 99]],
  });
});

test("a plain sheet is read from A1, as wide as its headers and as tall as its last value, blanks as null", async () => {
  const fake = createFakeExcel({
    sheets: [{
      name: "Clients",
      values: [
        ["Client", "Segment", null, null],
        ["Ann", "Home", null, "stray note"],
        [null, null, null, null],
        ["Bob", null, null, null],
      ],
    }],
  });
  const [grid] = (await readWorkbook(ctx(fake))).grids;
  expect(grid).toEqual({
    key: "clients", sheet: "Clients", source: "sheet", origin: { row: 0, col: 0 },
    values: [["Client", "Segment"], ["Ann", "Home"], [null, null], ["Bob", null]],
  });
});

test("tells our output sheets (marked) from the user's (same name, no marker)", async () => {
  const fake = createFakeExcel({
    sheets: [{ name: RESULTS_SHEET }, { name: RATE_CARD_SHEET }],
    names: [{ name: OWNERSHIP_NAMES[RESULTS_SHEET]!, sheet: RESULTS_SHEET, range: "A1" }],
  });
  installFakeExcel(fake);
  const { state } = await readWorkbook(ctx(fake));
  expect(outputSheetStates(state)).toEqual([
    { name: RESULTS_SHEET, state: "ours" },
    { name: RATE_CARD_SHEET, state: "foreign" },
    { name: "Scenarios", state: "absent" },
  ]);
});
