/**
 * "What if I charge a $75 trip fee beyond 15 miles and raise the hourly rate to $150 — how do home
 * and small-business revenue change?" answered in one `analyze` run (PRICING.md §7): each segment
 * and the totals before and after, and the change. The workbook is written by openpyxl (not by us).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { cli, tempDir } from "./helpers";

const OPENPYXL = `
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "Settings"
for row in [["Setting", "Value"], ["Hourly rate", 125], ["Free travel radius", 15]]: ws.append(row)
ws = wb.create_sheet("Tiers")
for row in [["Tier", "Monthly fee", "Included hours"], ["Essentials", 400, 3]]: ws.append(row)
ws = wb.create_sheet("Clients")
for row in [
    ["Client", "Segment", "Distance", "Visits per month", "Hours per visit", "Drive minutes"],
    ["Alder home", "Home", 20, 1, 1, 30],
    ["Birch office", "Small business", 30, 2, 2, 40],
    ["Cedar office", "Small business", 10, 1, 1, 15],
]: ws.append(row)
ws = wb.create_sheet("Travel Zones")
for row in [["Up to", "Trip charge"], [25, 45], [40, 65]]: ws.append(row)
wb.save(sys.argv[1])
`;

/** The "Revenue before / after / Change" cells of a segment's row in the first (billed today) table. */
function billedToday(stdout: string, segment: string): string[] {
  const table = stdout.split("on the recommended tiers")[0];
  const line = table.split("\n").find((l) => l.startsWith(`${segment}  `));
  if (line === undefined) throw new Error(`no row for ${segment} in:\n${stdout}`);
  return line.slice(segment.length).trim().split(/\s{2,}/);
}

describe("analyze --set: the summary before and after, per segment", () => {
  let dir: string;
  let input: string;
  beforeAll(() => {
    dir = tempDir();
    input = path.join(dir, "zones.xlsx");
    const made = spawnSync("/usr/bin/python3", ["-c", OPENPYXL, input], { encoding: "utf8" });
    expect(made.stderr).toBe("");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("answers the trip-fee and hourly-rate question in one run", async () => {
    const run = await cli(
      "analyze", input, "--out", path.join(dir, "zones.priced.xlsx"),
      "--set", "Hourly rate=$150", "--set", "Trip charge up to 25=75", "--set", "Trip charge up to 40 miles=75",
    );
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);
    // Per month (§2, hourly clients, minimum 1 h, mileage and travel time 0):
    // Alder: 1 visit × (1 h × $125 + $45 zone ≤ 25) = $170 → ×12 = $2,040; after 1 × ($150 + $75) = $225 → $2,700.
    // Birch: 2 × (2 h × $125 + $65 zone ≤ 40) = $630; Cedar: within 15 miles, 1 × $125 = $125 → $755 → $9,060;
    //   after 2 × ($300 + $75) + $150 = $900 → $10,800.
    // Columns: Clients, Revenue before, Revenue after, Change, Margin before, Margin after, Change.
    expect(billedToday(run.stdout, "Home").slice(0, 4)).toEqual(["1", "$2,040", "$2,700", "+$660"]);
    expect(billedToday(run.stdout, "Small business").slice(0, 4)).toEqual(["2", "$9,060", "$10,800", "+$1,740"]);
    expect(billedToday(run.stdout, "Total").slice(0, 4)).toEqual(["3", "$11,100", "$13,500", "+$2,400"]);
    // Cost does not move with prices: each margin changes by exactly the revenue's change.
    expect(billedToday(run.stdout, "Home")[6]).toBe("+$660");
    expect(run.stdout).toContain("on the recommended tiers");
  }, 30_000);

  it("refuses the plain Trip charge when Travel zones set the trip charges, naming each zone's lever", async () => {
    const run = await cli("analyze", input, "--out", path.join(dir, "refused.xlsx"), "--set", "Trip charge=75");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("your Travel zones table sets the trip charges, so the Trip charge setting changes nothing");
    expect(run.stderr).toContain("'Trip charge up to 25=…', 'Trip charge up to 40=…'");
    expect(fs.existsSync(path.join(dir, "refused.xlsx"))).toBe(false);
  });

  it("names the zones a mistyped zone lever could mean", async () => {
    const run = await cli("analyze", input, "--out", path.join(dir, "nozone.xlsx"), "--set", "Trip charge up to 30=75");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the workbook has no travel zone up to 30 miles; its zones are 'Trip charge up to 25=…', 'Trip charge up to 40=…'");
  });

  it("says a value the shell emptied may be a $ in double quotes", async () => {
    // bash turns --set "Hourly rate=$RATE" (RATE unset) into "Hourly rate=".
    const run = await cli("analyze", input, "--set", "Hourly rate=");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("put the whole argument in single quotes, e.g. --set 'Hourly rate=$150'");
  });
});
