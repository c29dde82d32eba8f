/**
 * The price-change letter through the real Office.js shell, against the strict in-memory Excel:
 * the sheet lands, marked as ours, shown at once, in as many round trips as a proposal; made
 * again it updates that sheet; hourly clients and a 0 increase get no letter; a user's sheet of
 * that name is left alone. The Renewal date is a date cell, handed over as its serial.
 */
import { createFakeExcel, installFakeExcel, type FakeExcel, type FakeWorkbookInit } from "../../../src/testing/fakeExcel";
import { enterValue } from "../../../src/testing/fakeExcel/state";
import { createExcelService } from "../../../src/apps/taskpane/excelService";
import { letterMarker } from "../../../src/core/report/outputs/names";

function workbook(increase: string): FakeWorkbookInit {
  return {
    sheets: [
      { name: "Settings", values: [["Setting", "Value"], ["Business name", "Summit IT Services"], ["Annual increase", increase]] },
      { name: "Tiers", values: [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]] },
      {
        name: "Clients",
        values: [
          ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Renewal date"],
          ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, 49857], // 2036-07-01: ahead of any day the suite runs on (a date gone would move to its next anniversary)
          ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, null],
        ],
      },
    ],
  };
}

function excel(init: FakeWorkbookInit): FakeExcel {
  const fake = createFakeExcel(init);
  installFakeExcel(fake);
  return fake;
}

const ACME = "Letter – Acme Dental";

/** Column A of a sheet, rows 1–40. */
function texts(fake: FakeExcel, name: string): unknown[] {
  const out: unknown[] = [];
  for (let r = 1; r <= 40; r++) out.push(fake.workbook.get(name).value(`A${r}`));
  return out;
}

describe("Price-change letter in Excel", () => {
  it("writes the client's letter, marks it as ours, shows it, in 4 round trips", async () => {
    const fake = excel(workbook("5%"));
    const before = fake.workbook.syncs;
    const outcome = await createExcelService().makeLetter!("acme dental");
    expect(outcome).toEqual({ kind: "done", sheet: ACME, client: "Acme Dental", printSetUp: true, warning: null });
    expect(fake.workbook.syncs - before).toBe(4);
    expect(fake.workbook.sheetNames()).toEqual(["Settings", "Tiers", "Clients", ACME]);
    expect(fake.workbook.activeSheet?.name).toBe(ACME);
    expect(fake.workbook.name(letterMarker(ACME))?.sheet?.name).toBe(ACME);
    expect(texts(fake, ACME)).toContain("From July 1, 2036, your Business agreement will be $945.00 a month.");
  });

  it("made again after the increase changed, updates that sheet", async () => {
    const fake = excel(workbook("5%"));
    await createExcelService().makeLetter!("Acme Dental");
    enterValue(fake.workbook.get("Settings").touch(2, 1), "3%"); // B3, as the user types it
    await createExcelService().makeLetter!("Acme Dental");
    expect(fake.workbook.sheetNames()).toEqual(["Settings", "Tiers", "Clients", ACME]);
    expect(texts(fake, ACME)).toContain("From July 1, 2036, your Business agreement will be $927.00 a month.");
  });

  it("no letter for a client billed by the hour, nor with an increase of 0; a user's sheet of that name is passed over", async () => {
    excel(workbook("5%"));
    expect(await createExcelService().makeLetter!("Harbor Law")).toEqual({ kind: "noLetter", message: expect.stringContaining("billed by the hour") });
    excel(workbook("0%"));
    expect(await createExcelService().makeLetter!("Acme Dental")).toEqual({ kind: "noLetter", message: expect.stringContaining("Annual increase setting is 0%") });
    const fake = excel({ sheets: [...workbook("5%").sheets, { name: ACME, values: [["mine"]] }] });
    expect(await createExcelService().makeLetter!("Acme Dental")).toMatchObject({ kind: "done", sheet: `${ACME} (2)` });
    expect(fake.workbook.get(ACME).value("A1")).toBe("mine");
    expect(await createExcelService().makeLetter!("Nobody")).toEqual({ kind: "gone", what: "client", name: "Nobody" });
  });
});
