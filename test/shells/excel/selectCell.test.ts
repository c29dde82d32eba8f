/** Choosing an error in the pane selects its cell, on its sheet: activate, sync, then select (OfficeDev/office-js#5118). */
import { CellNotFoundError, selectCell } from "../../../src/shells/excel";
import { splitAddress } from "../../../src/core/workbook/address";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { ctx, excelWith } from "./helpers";

test.each([
  ["Clients!E7", { sheet: "Clients", range: "E7" }],
  ["'Travel Zones'!A2", { sheet: "Travel Zones", range: "A2" }],
  ["'Bob''s clients'!B3:C4", { sheet: "Bob's clients", range: "B3:C4" }],
  ["C9", { sheet: null, range: "C9" }],
])("%s names sheet and range", (address, expected) => {
  expect(splitAddress(address)).toEqual(expected);
});

test("activates the cell's sheet, then selects the cell in a second request (select works only on the active sheet)", async () => {
  const fake = excelWith(sampleGrids());
  const before = fake.workbook.syncs;
  await selectCell(ctx(fake), "'Travel Zones'!B3");
  expect(fake.workbook.syncs - before).toBe(2);
  expect(fake.workbook.activeSheet?.name).toBe("Travel Zones");
  expect(fake.workbook.selection).toEqual({ sheet: "Travel Zones", address: "B3" });
});

test("a cell whose sheet is gone gives a message naming it", async () => {
  const fake = excelWith(sampleGrids());
  await expect(selectCell(ctx(fake), "Old!A1")).rejects.toThrow(CellNotFoundError);
  await expect(selectCell(ctx(fake), "Old!A1")).rejects.toThrow("Old!A1 is no longer in the workbook");
});
