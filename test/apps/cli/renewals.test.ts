/**
 * Renewals on the command line (PRICING.md §5c, §7), on workbooks openpyxl writes (not our code):
 * §8d through the parser — settings typed `5%`, a Renewal date as a date cell and as YYYY-MM-DD
 * text — and a consultant with 40 agreements asking "if my costs rise 4% and I raise prices 3%,
 * who falls below 50%, and what would keep them there?" in one run.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { cli, readWorkbook, tempDir } from "./helpers";

jest.setTimeout(60_000);

let dir: string;

/** Runs a Python script that writes `file` with openpyxl. */
function openpyxl(file: string, body: string): void {
  const script = `import datetime, openpyxl\nwb = openpyxl.Workbook()\nwb.remove(wb.active)\ndef sheet(name, rows):\n    ws = wb.create_sheet(name)\n    for r in rows: ws.append(r)\n    return ws\n${body}\nwb.save(${JSON.stringify(file)})\n`;
  const run = spawnSync("/usr/bin/python3", ["-c", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
}

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("PRICING.md §8d through the command line", () => {
  it("comes out to the cent: contract value 22,140.00; renewal 2 clients, 1,890.00, 747.56, 1 below target", async () => {
    const input = path.join(dir, "8d.xlsx");
    openpyxl(input, `
sheet("Settings", [["Setting", "Value"], ["Contract term", 24], ["Annual increase", "5%"], ["Annual cost increase", "4%"]])
sheet("Tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]])
ws = sheet("Clients", [["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Renewal date"],
  ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, datetime.datetime(2026, 7, 1)],
  ["Pine Clinic", "Small business", "Business", 30, 3, 1.5, 2, "2026-08-15"]])
ws["H2"].number_format = "yyyy-mm-dd"
sheet("Benefits", [["Benefit"], ["a"], ["b"], ["c"], ["d"], ["e"], ["f"]])`);
    const json = path.join(dir, "8d.json");
    const run = await cli("analyze", input, "--out", path.join(dir, "8d.priced.xlsx"), "--json", json);
    expect(run.stderr).not.toMatch(/error|Renewal date|Annual/);
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    const cents = (x: number) => Math.round(x * 100) / 100;
    const [acme, pine] = report.clients;
    expect(cents(acme.contractValue)).toBe(22140);
    expect([acme.renewal.revenue, acme.renewal.cost, acme.renewal.margin].map(cents)).toEqual([945, 426.4, 518.6]);
    expect(acme.renewal).toMatchObject({ belowTarget: false, increaseForTarget: 0 });
    expect(pine.contractValue).toBeNull();
    expect([pine.renewal.revenue, pine.renewal.cost, pine.renewal.margin].map(cents)).toEqual([945, 716.04, 228.96]);
    expect(pine.renewal.belowTarget).toBe(true);
    expect(Math.round(pine.renewal.increaseForTarget * 10000) / 10000).toBe(0.5912);
    expect({ ...report.renewal, revenue: cents(report.renewal.revenue), margin: cents(report.renewal.margin) })
      .toEqual({ clients: 2, revenue: 1890, margin: 747.56, belowTarget: 1 });
    expect(run.stdout).toContain("At renewal, 1 of 2 agreements falls below your 50% margin if costs rise 4% and prices 5%:\n  Pine Clinic (Business): margin 23.5% → 24.2%, already below today; an increase of 59.1% would bring it to 50%.");

    const book = await readWorkbook(path.join(dir, "8d.priced.xlsx"));
    const results = book.getWorksheet(RESULTS_SHEET)!;
    const table = results.getTable("PricingRenewals") as unknown as { table: { tableRef: string } };
    const top = Number(/\d+/.exec(table.table.tableRef)![0]);
    // The date cell and the ISO text both come back as the days they are.
    expect(results.getCell(`A${top + 1}`).value).toBe("Pine Clinic");
    expect(results.getCell(`C${top + 1}`).value).toEqual(new Date(Date.UTC(2026, 7, 15)));
    expect(results.getCell(`C${top + 2}`).value).toEqual(new Date(Date.UTC(2026, 6, 1)));
  });
});

describe("a consultant with 40 agreements: costs +4%, prices +3%", () => {
  // 40 clients on Care (1,000 a month, 40 h included), remote work only: cost = 45 × r, r = 8.0, 8.1, … 11.9 h.
  // A year on: revenue 1,030, cost 46.8 × r; below 50% when 46.8 r > 515, i.e. r ≥ 11.1: Client 32 … Client 40.
  let input: string;
  beforeAll(() => {
    input = path.join(dir, "forty.xlsx");
    openpyxl(input, `
sheet("Settings", [["Setting", "Value"], ["Business name", "Summit IT"]])
sheet("Tiers", [["Tier", "Monthly fee", "Included hours"], ["Care", 1000, 40]])
sheet("Clients", [["Client", "Segment", "Tier", "Distance", "Visits per month", "Remote hours per month"]] +
  [["Client %02d" % (i + 1), "Small business", "Care", 0, 0, round(8 + i * 0.1, 1)] for i in range(40)])`);
  });

  it("one run answers who falls below 50% and what increase keeps each there, on stdout and in the result", async () => {
    const out = path.join(dir, "forty.priced.xlsx");
    const json = path.join(dir, "forty.json");
    const run = await cli("analyze", input, "--out", out, "--json", json, "--set", "Annual cost increase=4%", "--set", "Annual increase=3%");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    const at = lines.indexOf("At renewal, 9 of 40 agreements fall below your 50% margin if costs rise 4% and prices 3%:");
    expect(at).toBeGreaterThan(0);
    const listed = lines.slice(at + 1, at + 10);
    expect(listed.map((l) => /^ {2}(Client \d+) \(Care\)/.exec(l)?.[1])).toEqual(
      ["Client 32", "Client 33", "Client 34", "Client 35", "Client 36", "Client 37", "Client 38", "Client 39", "Client 40"]);
    // Client 39, r = 11.8: today 1 − 531 / 1000 = 46.9 %; a year on 1 − 552.24 / 1030 = 46.4 %; 552.24 / 0.5 / 1000 − 1 = 10.4 %.
    expect(listed[7]).toBe("  Client 39 (Care): margin 46.9% → 46.4%, already below today; an increase of 10.4% would bring it to 50%.");
    // Client 31, r = 11.0: 514.8 / 1030 = 49.98 % of cost: stays above 50 %, not listed.
    expect(run.stdout).not.toContain("Client 31 (Care)");
    expect(run.stdout).toContain("What-if: Annual increase 0% → 3%; Annual cost increase 0% → 4%.");

    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(report.renewal).toMatchObject({ clients: 40, belowTarget: 9 });
    const book = await readWorkbook(out);
    const results = book.getWorksheet(RESULTS_SHEET)!;
    const table = results.getTable("PricingRenewals") as unknown as { table: { tableRef: string } };
    const top = Number(/\d+/.exec(table.table.tableRef)![0]);
    expect(results.getCell(`A${top + 1}`).value).toBe("Client 32");
    expect(results.getCell(`H${top + 1}`).value).toBe("Yes");
    expect(results.getCell(`A${top + 10}`).value).toBe("Client 01");
    expect(results.getCell(`H${top + 10}`).value).toBe("No");
  });

  it("a percentage out of range is a usage error that says what to type", async () => {
    const run = await cli("analyze", input, "--set", "Annual increase=60%");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--set "Annual increase=60%": Annual increase must be a percentage from 0% to 50%.');
  });
});
