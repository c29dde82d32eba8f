/**
 * Workbooks laid out as consultants and their tools lay them out (PRICING.md §1 and Bad input),
 * written by real writers — pandas, XlsxWriter and openpyxl from /usr/bin/python3 — and read by
 * the command line. Figures are §8's: Acme Dental's hourly revenue is 777.50 (2 visits of 1.1 h,
 * 3 remote hours, 20 miles).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Analysis } from "../../../src/core/pricing/results";
import { cli, tempDir } from "../../apps/cli/helpers";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PRELUDE = `
import datetime, sys
import pandas as pd
TIERS = pd.DataFrame({"Tier": ["Business"], "Monthly fee": [900], "Included hours": [8], "Travel included": ["Yes"]})
BENEFITS = pd.DataFrame({"Benefit": ["Priority response", "Fixed monthly cost", "Remote support", "Patching", "Backups checked", "Quarterly review"]})
ACME = {"Client": ["Acme Dental"], "Segment": ["Small business"], "Tier": ["Business"], "Distance": [20], "Visits per month": [2], "Hours per visit": [1.1], "Remote hours per month": [3]}
`;

/** Runs a Python script (PRELUDE first) that writes `out`; returns the analyze run and its report. */
async function written(name: string, script: string) {
  const file = path.join(dir, name);
  execFileSync("/usr/bin/python3", ["-c", PRELUDE + script, file]);
  const json = `${file}.json`;
  const run = await cli("analyze", file, "--json", json, "--out", `${file}.out.xlsx`);
  const report = fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, "utf8")) as Analysis) : null;
  return { run, report, errors: report?.errors ?? [], warnings: report?.warnings ?? [] };
}

it("XlsxWriter: a Clients 2026 sheet and Service Plans holding the Tiers headings are named, with what to rename", async () => {
  const r = await written("lookalike.xlsx", `
with pd.ExcelWriter(sys.argv[1], engine="xlsxwriter") as w:
    TIERS.to_excel(w, sheet_name="Service Plans", index=False)
    pd.DataFrame(ACME).to_excel(w, sheet_name="Clients 2026", index=False)
    BENEFITS.to_excel(w, sheet_name="Benefits", index=False)
`);
  expect(r.run.code).toBe(1);
  expect(r.errors).toEqual([
    { cell: "'Service Plans'!A1", message: expect.stringContaining('The Tiers table is missing: no sheet or Excel table is named Tiers. The sheet "Service Plans" holds its headings (Tier and Monthly fee) — if it is the Tiers table, rename it Tiers') },
    { cell: "'Clients 2026'!A1", message: expect.stringContaining('The sheet "Clients 2026" has a name like it — if it is the Clients table, rename it Clients') },
  ]);
});

it("pandas (startrow): a missing column under a title is reported at the header row, naming only the missing columns", async () => {
  const r = await written("missing-column.xlsx", `
with pd.ExcelWriter(sys.argv[1], engine="openpyxl") as w:
    TIERS.to_excel(w, sheet_name="Tiers", index=False)
    c = dict(ACME); del c["Segment"]; del c["Visits per month"]
    pd.DataFrame(c).to_excel(w, sheet_name="Clients", index=False, startrow=2)
    w.sheets["Clients"]["A1"] = "Client list, 2026"
    BENEFITS.to_excel(w, sheet_name="Benefits", index=False)
`);
  expect(r.run.code).toBe(1);
  expect(r.errors.map((e) => [e.cell, e.message])).toEqual([
    ["Clients!A3:E3", 'The Clients table has no Segment column — add a column headed "Segment".'],
    ["Clients!A3:E3", 'The Clients table has no Visits per month column — add a column headed "Visits per month".'],
  ]);
});

it("pandas: a table beside Clients after an empty column is not part of it; Drive (min) and PCs are read", async () => {
  const r = await written("beside.xlsx", `
with pd.ExcelWriter(sys.argv[1], engine="xlsxwriter") as w:
    TIERS.to_excel(w, sheet_name="Tiers", index=False)
    c = dict(ACME); c["Drive (min)"] = [30]; c["PCs"] = [12]
    pd.DataFrame(c).to_excel(w, sheet_name="Clients", index=False)
    pd.DataFrame({"Quarter": ["Q1", "Q2", "Q3"], "Revenue": [1, 2, 3]}).to_excel(w, sheet_name="Clients", index=False, startcol=10)
    BENEFITS.to_excel(w, sheet_name="Benefits", index=False)
`);
  expect(r.run.code).toBe(0);
  expect(r.report!.clients.map((c) => c.client)).toEqual(["Acme Dental"]);
  expect(r.report!.clients[0]!.hourlyRevenue).toBeCloseTo(777.5, 9);
  // Nothing of the table beside it is named: its headings are not the Clients table's.
  expect(r.warnings.filter((w) => /Quarter|Revenue|Drive|PCs/.test(w.message))).toEqual([]);
  // 30 minutes each way over 2 visits: 2 h of driving a month (PRICING.md §4 travelHours = 2 × visits × minutes / 60).
  expect(r.report!.clients[0]!.travelHours).toBeCloseTo(2, 9);
});

it("openpyxl: a title above Settings is skipped; Computers = Devices", async () => {
  const r = await written("settings-title.xlsx", `
from openpyxl import Workbook
wb = Workbook(); s = wb.active; s.title = "Settings"
s.append(["Pricing settings for 2026"]); s.append([]); s.append(["Setting", "Value"]); s.append(["Hourly rate", 140])
t = wb.create_sheet("Tiers"); t.append(list(TIERS.columns)); t.append(list(TIERS.iloc[0]))
c = wb.create_sheet("Clients"); c.append(list(ACME) + ["Computers"]); c.append([v[0] for v in ACME.values()] + [9])
b = wb.create_sheet("Benefits"); b.append(["Benefit"]); [b.append([x]) for x in BENEFITS["Benefit"]]
wb.save(sys.argv[1])
`);
  expect(r.run.code).toBe(0);
  // At 140 an hour: 2 visits × max(1, ceil(1.1/0.25)·0.25 = 1.25) h + 3 h remote = 5.5 h × 140 = 770, + trip charges 2 × 45 = 860.
  expect(r.report!.clients[0]!.hourlyRevenue).toBeCloseTo(860, 9);
  expect(r.warnings.filter((w) => /Computers/.test(w.message))).toEqual([]);
});

it("openpyxl: Settings laid out across are refused as a layout, never read as defaults", async () => {
  const r = await written("settings-across.xlsx", `
from openpyxl import Workbook
wb = Workbook(); s = wb.active; s.title = "Settings"
s.append(["Hourly rate", "Trip charge", "Currency"]); s.append([140, 30, "EUR"])
t = wb.create_sheet("Tiers"); t.append(list(TIERS.columns)); t.append(list(TIERS.iloc[0]))
c = wb.create_sheet("Clients"); c.append(list(ACME)); c.append([v[0] for v in ACME.values()])
wb.save(sys.argv[1])
`);
  expect(r.run.code).toBe(1);
  expect(r.errors).toEqual([{ cell: "Settings!A1:C1", message: expect.stringContaining("The Settings table is laid out across (setting names along row 1, values below them)") }]);
});

it("openpyxl: month headings inside a Time log (February, March) are left out as in every table", async () => {
  const r = await written("log-sections.xlsx", `
from openpyxl import Workbook
wb = Workbook(); t = wb.active; t.title = "Tiers"; t.append(list(TIERS.columns)); t.append(list(TIERS.iloc[0]))
c = wb.create_sheet("Clients"); c.append(list(ACME)); row = [v[0] for v in ACME.values()]; row[4] = None; row[5] = None; c.append(row)
log = wb.create_sheet("Time log"); log.append(["Client", "Date", "Hours", "On site"])
log.append(["February"]); log.append(["Acme Dental", datetime.date(2026, 2, 3), 2, "Yes"])
log.append(["March"]); log.append(["Acme Dental", datetime.date(2026, 3, 10), 1, "Yes"])
wb.save(sys.argv[1])
`);
  expect(r.run.code).toBe(0);
  expect(r.report!.timeLog).toMatchObject({ entries: 2, months: 2, first: "2026-02-03", last: "2026-03-10" });
  // Two on-site days over two months: 1 visit a month of 1.5 hours.
  expect(r.report!.clients[0]!.timeLog).toMatchObject({ visits: 1, hoursPerVisit: 1.5 });
  expect(r.warnings.filter((w) => /February|March/.test(w.message)).map((w) => w.cell)).toEqual(["'Time log'!A2", "'Time log'!A4"]);
});

it("pandas: a heading that is not read suggests the nearest column, by a word in common or by its spelling", async () => {
  const r = await written("near-headings.xlsx", `
with pd.ExcelWriter(sys.argv[1], engine="openpyxl") as w:
    TIERS.to_excel(w, sheet_name="Tiers", index=False)
    c = dict(ACME); c["Devics"] = [12]; c["Server count (total)"] = [1]
    pd.DataFrame(c).to_excel(w, sheet_name="Clients", index=False)
    BENEFITS.to_excel(w, sheet_name="Benefits", index=False)
`);
  expect(r.run.code).toBe(0);
  const about = (heading: string) => r.warnings.filter((w) => w.message.includes(`"${heading}"`)).map((w) => [w.cell, w.message]);
  expect(about("Devics")).toEqual([["Clients!H1", 'The heading "Devics" is not one the Clients table reads, so its column is ignored — if it holds Devices, head it "Devices".']]);
  expect(about("Server count (total)")).toEqual([]);
});
