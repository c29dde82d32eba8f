/**
 * The 1904 date system (PRICING.md §1: a Time log date is "an Excel date serial number — in the
 * workbook's own date system, 1900 or 1904"). openpyxl writes a Mac-epoch workbook (date cells
 * and a serial typed as a plain number); the flag is then spelled as other writers spell it
 * (`1`, `true`, `on`). Dates land on the same calendar days whatever the spelling; durations
 * (a 1:30 formatted as a time) are never shifted by the date system.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { Analysis } from "../../../src/core/pricing/results";
import { cli, tempDir } from "../../apps/cli/helpers";

jest.setTimeout(60_000);

let dir: string;
let written: string;
beforeAll(() => {
  dir = tempDir();
  written = path.join(dir, "mac.xlsx");
  // 2025-07-15 is serial 45,853 in the 1900 system and 44,391 in the 1904 system.
  execFileSync("/usr/bin/python3", ["-c", `
import datetime, sys
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904
wb = Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active; ws.title = "Tiers"
ws.append(["Tier", "Monthly fee", "Included hours", "Travel included"]); ws.append(["Business", 900, 8, "Yes"])
c = wb.create_sheet("Clients")
c.append(["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"])
c.append(["Acme Dental", "Small business", "Business", 20, None, None, 3])
log = wb.create_sheet("Time log")
log.append(["Client", "Date", "Hours", "On site"])
log.append(["Acme Dental", datetime.date(2025, 7, 1), datetime.time(1, 30), "Yes"])
log.append(["Acme Dental", 44391, 2, "Yes"])
log["B2"].number_format = "yyyy-mm-dd"
log["C2"].number_format = "h:mm"
wb.save(sys.argv[1])
`, written]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function withFlag(spelling: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(written));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  expect(xml).toMatch(/date1904="(1|true)"/);
  zip.file("xl/workbook.xml", xml.replace(/date1904="[^"]*"/, `date1904="${spelling}"`));
  const file = path.join(dir, `mac-${spelling}.xlsx`);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

it.each(["1", "true", "on", "TRUE"])("date1904=%j: a date cell and a typed serial land on 2025-07-01 and 2025-07-15; 1:30 stays 1.5 hours", async (spelling) => {
  const file = await withFlag(spelling);
  const json = `${file}.json`;
  const run = await cli("analyze", file, "--json", json, "--out", `${file}.out.xlsx`);
  expect(run.code).toBe(0);
  const report = JSON.parse(fs.readFileSync(json, "utf8")) as Analysis;
  expect(report.timeLog).toMatchObject({ first: "2025-07-01", last: "2025-07-15", months: 1, entries: 2 });
  // Two on-site days in one month: 2 visits; (1.5 + 2) hours over 2 days: 1.75 hours per visit.
  expect(report.clients[0]!.timeLog).toMatchObject({ visits: 2 });
  expect(report.clients[0]!.timeLog!.hoursPerVisit).toBeCloseTo(1.75, 9);
});

it("date1904=\"0\" and \"false\" are the 1900 system: 44,391 is 2021-07-14 (1,462 days before 2025-07-15) and the date cell's 44,377 is 2021-06-30", async () => {
  for (const spelling of ["0", "false"]) {
    const file = await withFlag(spelling);
    const json = `${file}.json`;
    await cli("analyze", file, "--json", json, "--out", `${file}.out.xlsx`);
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as Analysis;
    expect(report.timeLog).toMatchObject({ first: "2021-06-30", last: "2021-07-14" });
  }
});
