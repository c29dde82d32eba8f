/**
 * `analyze WORKBOOK.xlsx --time-log entries.csv` and a workbook's own Time log: §8c through the
 * command line (a Toggl-style CSV with `Start date`, `Duration` hh:mm:ss, `Amount (USD)`), the
 * file replacing the table, and broken entries that exit 1 at their cells with nothing written.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Analysis } from "../../../src/core/pricing/results";
import { cli, tempDir } from "../../apps/cli/helpers";
import { cents } from "../pricing/fixtures";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => (dir = tempDir()));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const BENEFITS = ["a", "b", "c", "d", "e", "f"].map((b) => [b]);

/** Tiers, one Acme Dental with blank figures (§8c), and optionally a Time log sheet. */
async function workbook(file: string, timeLog?: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, rows: unknown[][]) => {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    return ws;
  };
  sheet("Tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]]);
  sheet("Clients", [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"],
    ["Acme Dental", "Small business", "Business", 20, null, null, null],
  ]);
  sheet("Benefits", [["Benefit"], ...BENEFITS]);
  if (timeLog) sheet("Time Log", timeLog);
  const full = path.join(dir, file);
  await wb.xlsx.writeFile(full);
  return full;
}

const TOGGL_8C = [
  "User,Email,Client,Project,Description,Billable,Start date,Start time,Duration,On site,Amount (USD)",
  "Sam,sam@x.com,Acme Dental,Support,Server,Yes,2026-01-05,09:00:00,01:00:00,Yes,170.00",
  "Sam,sam@x.com,acme dental ,Support,\"Printer, again\",No,2026-01-05,11:00:00,00:30:00,Yes,0",
  "Sam,sam@x.com,Acme Dental,Support,Backup,Yes,2026-02-10,10:00:00,01:12:00,Yes,195",
  "Sam,sam@x.com,Acme Dental,Support,Remote,Yes,2026-03-02,14:00:00,00:45:00,No,93.75",
  "Sam,sam@x.com,Acme Dental,Support,Remote,Yes,2026-03-20,14:00:00,02:00:00,No,250",
  "Sam,sam@x.com,Bayside Vet,Support,Visit,Yes,2026-03-21,09:00:00,01:30:00,Yes,187.5",
].join("\r\n");

describe("analyze --time-log entries.csv", () => {
  it("prices §8c from a Toggl export to the cent; Bayside Vet is a warning at its cell; the summary names the file", async () => {
    const input = await workbook("csv.xlsx");
    const csv = path.join(dir, "entries.csv");
    fs.writeFileSync(csv, `\uFEFF${TOGGL_8C}\r\n`);
    const json = path.join(dir, "csv.json");
    const run = await cli("analyze", input, "--time-log", csv, "--json", json, "--out", path.join(dir, "csv.priced.xlsx"));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: 'entries\.csv'!C7: "Bayside Vet" in the Time log is not a client .*1\.5 hours \(1 entry\)/);
    expect(run.stdout).toContain("Time log: 6 entries, Jan–Mar 2026, 3 months, from entries.csv.");
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as Analysis;
    expect(report.timeLog).toEqual({ months: 3, entries: 6, first: "2026-01-05", last: "2026-03-21" });
    const acme = report.clients[0]!;
    expect(cents(acme.timeLog!.visits)).toBe(0.67);
    expect(cents(acme.timeLog!.hoursPerVisit)).toBe(1.35);
    expect(cents(acme.timeLog!.remoteHours)).toBe(0.92);
    expect(cents(acme.timeLog!.actualRevenue!)).toBe(236.25);
    expect(cents(acme.hourlyRevenue)).toBe(269.58);
    expect(cents(acme.serviceCost)).toBe(140.42);
    expect(acme.recommendedTier).toBe("Hourly");
  });

  it("takes the place of the workbook's Time log table, and says so", async () => {
    const input = await workbook("both.xlsx", [["Client", "Date", "Hours"], ["Acme Dental", "2025-06-01", 8]]);
    const csv = path.join(dir, "harvest.csv");
    fs.writeFileSync(csv, "Date,Client,Project,Hours,Billable Amount\n2026-01-05,Acme Dental,IT,2,250\n2026-02-05,Acme Dental,IT,1,125\n");
    const json = path.join(dir, "both.json");
    const run = await cli("analyze", input, "--time-log", csv, "--json", json, "--out", path.join(dir, "both.priced.xlsx"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Time log: 2 entries, Jan–Feb 2026, 2 months, from harvest.csv (the workbook's Time Log table was not used).");
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as Analysis;
    expect(report.clients[0]!.timeLog).toEqual({ visits: 1, hoursPerVisit: 1.5, remoteHours: 0, actualRevenue: 187.5 });
  });

  it("an unreadable CSV is a usage error (exit 2)", async () => {
    const input = await workbook("nocsv.xlsx");
    const run = await cli("analyze", input, "--time-log", path.join(dir, "missing.csv"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot read .*missing\.csv: no such file/);
  });

  it("a workbook passed as the CSV is a usage error that says it is not a CSV (exit 2), nothing written", async () => {
    const input = await workbook("notcsv.xlsx");
    const run = await cli("analyze", input, "--time-log", input, "--out", path.join(dir, "notcsv.result.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/notcsv\.xlsx is not a CSV file .* export the time entries as CSV/);
    expect(fs.existsSync(path.join(dir, "notcsv.result.xlsx"))).toBe(false);
  });
});

describe("broken Time log entries", () => {
  it("exit 1, each at its cell, with nothing written", async () => {
    const input = await workbook("broken.xlsx", [
      ["Client", "Date", "Hours", "On site", "Amount"],
      ["Acme Dental", "05/01/2026", 1, "Yes", 100], // either order, and no Date order: one error
      ["Acme Dental", 5, 1, "Yes", 100], // 1900-01-05
      ["Acme Dental", "2026-01-06", 25, "Yes", 100], // 25 hours
      ["Acme Dental", "2026-01-07", 1, "Yes", -40], // a negative amount
      ["Acme Dental", "2026-01-08", 1, "maybe", 100], // neither yes nor no
    ]);
    const out = path.join(dir, "broken.priced.xlsx");
    const json = path.join(dir, "broken.json");
    const run = await cli("analyze", input, "--out", out, "--json", json);
    expect(run.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    const errors = (JSON.parse(fs.readFileSync(json, "utf8")) as Analysis).errors;
    expect(errors.map((e) => e.cell)).toEqual(["'Time Log'!B2", "'Time Log'!B3", "'Time Log'!C4", "'Time Log'!E5", "'Time Log'!D6"]);
    expect(errors[0]!.message).toMatch(/date "05\/01\/2026" could be month\/day or day\/month — set Date order .* --date-order MDY or DMY, or type the dates as YYYY-MM-DD/);
    expect(errors[1]!.message).toMatch(/1900-01-05 \(5\), outside 1990-01-01 to 2100-12-31/);
    expect(errors[2]!.message).toMatch(/Hours for Acme Dental is 25 — enter the hours of the entry, from 0 to 24/);
    expect(errors[3]!.message).toMatch(/Amount for Acme Dental is -40 — enter what was billed/);
    expect(errors[4]!.message).toMatch(/On site for Acme Dental is "maybe" — enter Yes .* or No/);
    for (const e of errors) expect(run.stderr).toContain(`error: ${e.cell}: ${e.message}`);
  });
});

describe("analyze --time-log with dates that could be either order (issue 18)", () => {
  // §8c's entries as a US tracker writes them, with no date past the 12th: each could be month/day or day/month.
  const US = [
    "Client,Date,Hours,On site,Amount",
    "Acme Dental,01/05/2026,1,Yes,170",
    "acme dental ,01/05/2026,0.5,Yes,0",
    "Acme Dental,02/10/2026,1.2,Yes,195",
    "Acme Dental,03/02/2026,0.75,No,93.75",
    "Acme Dental,03/11/2026,2,No,250",
  ].join("\n");

  it("is one error about the date order (exit 1), and is priced with --date-order MDY; the console lists the clients to talk to first", async () => {
    const input = await workbook("ambiguous.xlsx");
    const csv = path.join(dir, "us.csv");
    fs.writeFileSync(csv, `${US}\n`);
    const refused = await cli("analyze", input, "--time-log", csv, "--out", path.join(dir, "ambiguous.priced.xlsx"));
    expect(refused.code).toBe(1);
    const errors = refused.stderr.split("\n").filter((l) => l.startsWith("error: 'us.csv'"));
    expect(errors).toEqual([expect.stringMatching(/^error: 'us\.csv'!B2: 5 dates in the Time log, such as "01\/05\/2026", could be month\/day or day\/month, and none says which — .* --date-order MDY or DMY/)]);

    const json = path.join(dir, "us.json");
    const run = await cli("analyze", input, "--time-log", csv, "--date-order", "mdy", "--json", json, "--out", path.join(dir, "ambiguous.priced.xlsx"));
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as Analysis;
    expect(report.timeLog).toEqual({ months: 3, entries: 5, first: "2026-01-05", last: "2026-03-11" });
    // As §8c without Bayside Vet: 2 visits of 1.35 h and 2.75 remote hours over 3 months, on a 900 agreement.
    expect(cents(report.clients[0]!.hourlyRevenue)).toBe(269.58);
    // It pays 900 for work that would bill 269.58 by the hour: 3.3× — a churn risk, the one client to talk to first.
    expect(run.stdout).toMatch(/Clients to talk to first:\n {2}1\. Acme Dental \(Churn risk\): pays 3\.3× what its logged time would bill by the hour/);
  });

  it("--date-order takes only MDY or DMY (exit 2)", async () => {
    const input = await workbook("badorder.xlsx");
    const run = await cli("analyze", input, "--date-order", "YMD");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--date-order must be MDY \(month\/day\/year, as in the US\) or DMY/);
  });
});
