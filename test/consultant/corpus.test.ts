/**
 * Issue 8: workbooks made the way consultants make them (test/consultant/fixtures, written by
 * openpyxl and saved again by LibreOffice; make.py says how), through `analyze --json`. Each gives
 * the figures of PRICING.md worked by hand, or is refused at the cell that is wrong.
 *
 * The three clients most fixtures hold, default settings (hourly 125, trip 45 beyond 15 mi):
 * - Acme Dental (PRICING.md §8): on Business, currentRevenue 900.00, hourlyRevenue 777.50;
 * - Linda Park: Home, 5 mi, 1 visit of 1.5 h, by the hour: 1.5 × 125 = 187.50;
 * - Harbor Law (§8b): Small business, 12 mi, 3 × 1.4 h + 4 remote, by the hour: 1,062.50.
 * Totals 2,150.00 a month; home clients per small-business client = ((900 + 1,062.50) / 2) / 187.50 = 5.2333.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli, type CliRun } from "../parity/runBoth";

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, "fixtures");
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "consultant-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(name: string): Promise<CliRun> {
  const copy = path.join(dir, name.replace(/\//g, "-"));
  fs.copyFileSync(path.join(FIXTURES, name), copy);
  return runCli(copy);
}

const revenue = (r: CliRun) => Object.fromEntries(r.report.clients.map((c) => [c.client, Math.round(c.currentRevenue * 100) / 100]));
const THREE = { "Acme Dental": 900, "Linda Park": 187.5, "Harbor Law": 1062.5 };
const warningAt = (r: CliRun, cell: string) => r.report.warnings.filter((w) => w.cell === cell).map((w) => w.message);

function expectTheThree(r: CliRun): void {
  expect({ code: r.code, errors: r.report.errors }).toEqual({ code: 0, errors: [] });
  expect(revenue(r)).toEqual(THREE);
  expect(r.report.totals.currentRevenue).toBeCloseTo(2150, 2);
  expect(r.report.equivalence.homeClientsPerSmallBusiness).toBeCloseTo(981.25 / 187.5, 6);
}

describe.each(["title-rows.xlsx", "libreoffice/title-rows.xlsx"])("%s: a title above the headers, Settings with no header row", (name) => {
  it("finds the header row below the title and reads label/value settings (Hourly Rate:, Tech cost, Min. hours per visit, Trip charge ($))", async () => {
    const r = await run(name);
    expectTheThree(r);
    expect(r.report.rateCard!.businessName).toBe("Summit IT");
    // The settings it found are not among those said to take their defaults.
    const left = r.report.warnings.find((w) => w.message.startsWith("The Settings table leaves out"))!.message;
    for (const read of ["Hourly rate", "Technician cost", "Minimum hours per visit", "Trip charge", "Business name"]) expect(left).not.toContain(`${read} `);
  });
});

it("a TOTAL row of SUM formulas, section headings, a footnote and a name-only client are left out, and said so", async () => {
  const r = await run("totals-and-notes.xlsx");
  expectTheThree(r);
  expect(warningAt(r, "Clients!A8")).toEqual(['"TOTAL" row: a total, not a client, so it is not read.']);
  // Two section headings, the name-only Bayside Vet and a footnote: four rows of one cause in one column are one
  // warning naming the first three cells and how many more (PRICING.md §1, Bad input).
  expect(warningAt(r, "Clients!A2")).toEqual([expect.stringMatching(/^Clients!A2, A5, A7 and 1 more: "Business clients" has nothing but a name, .* fill in its row to price it/)]);
  for (const cell of ["Clients!A5", "Clients!A7", "Clients!A9"]) expect(warningAt(r, cell)).toHaveLength(0);
});

it("consultant headings (Plan, Hrs per visit, Remote hrs/mo, Dist (mi), Visits/mo), Table3 recognised by its headings, tblTiers, Break-fix and T&M", async () => {
  const r = await run("consultant-headings.xlsx");
  expectTheThree(r);
  expect(warningAt(r, "Customers!A1:I1")).toEqual([expect.stringContaining("Table3 is read as the Clients table, recognised by its headings")]);
  // A heading it does not read is named; Notes is the consultant's own remark.
  expect(warningAt(r, "Customers!I1")).toEqual([expect.stringContaining('"Account manager" is not a column the Clients table reads')]);
  expect(warningAt(r, "Customers!H1")).toEqual([]);
});

describe.each(["hidden-rows.xlsx", "libreoffice/hidden-rows.xlsx"])("%s", (name) => {
  it("a client hidden by hand and one filtered out are not priced, and one warning names both clients and their rows", async () => {
    const r = await run(name);
    expectTheThree(r);
    expect(warningAt(r, "Clients!A3:A5")).toEqual([
      "Rows 3 (Old Client) and 5 (Lost Client) of the Clients table are hidden (by hand or by a filter), so they are not read — unhide them (or clear the filter) to include them.",
    ]);
  });
});

describe.each(["merged-segments.xlsx", "libreoffice/merged-segments.xlsx"])("%s", (name) => {
  it("a Segment merged down its group counts for each row; small-business = Small Business (PRICING.md §3)", async () => {
    const r = await run(name);
    expect(r.code).toBe(0);
    // Cedar Bakery: as Harbor Law, 1,062.50. small-business: 900 + 1,062.50 + 1,062.50 = 3,025.00 over 3 clients.
    expect(r.report.segments.map((s) => [s.segment, s.clients, Math.round(s.currentRevenue * 100) / 100])).toEqual([
      ["small-business", 3, 3025], ["Home", 1, 187.5],
    ]);
    expect(r.report.equivalence.homeClientsPerSmallBusiness).toBeCloseTo(3025 / 3 / 187.5, 6);
  });
});

describe.each(["times.xlsx", "libreoffice/times.xlsx"])("%s", (name) => {
  it("1:30 is 1.5 h, a time cell 1:06 is 1.1 h, 0:15 is a quarter hour, 0:45 drive is 45 minutes; 20 mi, 2 visits, 3 hrs, $125/hr", async () => {
    const r = await run(name);
    expectTheThree(r);
    const linda = r.report.clients.find((c) => c.client === "Linda Park")!;
    // Drive 45 min each way: travelHours 1.5; cost = 45 × (1.5 + 1.5) + 0.70 × 10 = 142.00.
    expect(linda.travelHours).toBeCloseTo(1.5, 9);
    expect(linda.cost).toBeCloseTo(142, 9);
    expect(r.report.clients.find((c) => c.client === "Acme Dental")!.hourlyRevenue).toBeCloseTo(777.5, 9);
  });
});

it("12 km in a miles workbook, a decimal comma and a formula with no saved result: refused at their cells", async () => {
  const r = await run("bad-values.xlsx");
  expect({ code: r.code, out: r.out }).toEqual({ code: 1, out: null });
  expect(r.report.errors.map((e) => [e.cell, e.message])).toEqual([
    ["Clients!F4", "This cell's formula (=0.7*2) has no saved result in the file, so its value is unknown — open and save the workbook in Excel (it stores each formula's result), or type the value."],
    ["Clients!D2", 'Distance for Acme Dental is "12 km", but "km" is not the unit this column is in — enter the one-way distance in miles, 0 or more.'],
    ["Clients!F3", 'Hours per visit for Linda Park is "1,5", which has a decimal comma — type the number with a decimal point (such as 1.5), or enter the on-site hours per visit, from 0 to 24 (blank = 0).'],
  ]);
});

it("a heading in km in a miles workbook is an error at the heading", async () => {
  const r = await run("km-heading.xlsx");
  expect(r.code).toBe(1);
  expect(r.report.errors).toEqual([{
    cell: "Clients!C1",
    message: 'The heading "Distance (km)" says km, but the workbook\'s Distance unit is miles — enter the distances in miles, or set Distance unit to km in the Settings table.',
  }]);
});

describe.each(["openpyxl-image.xlsx", "openpyxl-chart.xlsx", "openpyxl-comment.xlsx"])("%s (ExcelJS alone: the anchors / comments crash)", (name) => {
  it("opens and prices the three clients", async () => {
    expectTheThree(await run(name));
  });
});

it("the product's sample, saved by LibreOffice Calc (ExcelJS alone: the 'theme' crash), prices as the sample does", async () => {
  const r = await run("libreoffice/sample.xlsx");
  expect({ code: r.code, errors: r.report.errors }).toEqual({ code: 0, errors: [] });
  expect(r.out).not.toBeNull();
  // The sample's 28 clients: $232,890.00 a year (README, npm run demo) = 19,407.50 a month.
  expect(r.report.totals.clients).toBe(28);
  expect(r.report.totals.currentRevenue).toBeCloseTo(19407.5, 2);
});
