/** `letter WORKBOOK --client NAME [--out FILE]` (PRICING.md §7, §5d) on the §8d workbook, written by ExcelJS. */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { RATE_CARD_SHEET, RESULTS_SHEET, letterMarker } from "../../../src/core/report/outputs/names";
import { cellsOf, cli, readWorkbook, sha256, tempDir } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
let input: string;
let noIncrease: string;
const ACME = "Letter – Acme Dental";

async function write(file: string, increase: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, rows: unknown[][]) => {
    const ws = workbook.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    return ws;
  };
  sheet("Settings", [["Setting", "Value"], ["Business name", "Summit IT Services"], ["Contact", "hello@summit-it.example"],
    ["Contract term", 24], ["Annual increase", increase], ["Annual cost increase", "4%"]]);
  sheet("Tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]]);
  const clients = sheet("Clients", [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Renewal date"],
    ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, new Date(Date.UTC(2036, 6, 1))],
    ["Pine Clinic", "Small business", "Business", 30, 3, 1.5, 2, "2020-08-15"],
    ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, null],
  ]);
  clients.getCell("H2").numFmt = "yyyy-mm-dd";
  sheet("Benefits", [["Benefit"], ["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]);
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = tempDir();
  input = path.join(dir, "book.xlsx");
  noIncrease = path.join(dir, "flat.xlsx");
  await write(input, "5%");
  await write(noIncrease, "0%");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("letter", () => {
  it("writes the result workbook with Acme Dental's letter, marked as ours; the input untouched", async () => {
    const before = sha256(input);
    const out = path.join(dir, "acme.xlsx");
    const run = await cli("letter", input, "--client", "acme dental", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "Letter for Acme Dental: Business $900.00 → $945.00 a month from July 1, 2036.",
      `Sheet "${ACME}" in ${fs.realpathSync(out)}`,
    ]);
    expect(sha256(input)).toBe(before);
    const book = await readWorkbook(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Settings", "Tiers", "Clients", "Benefits", RESULTS_SHEET, RATE_CARD_SHEET, ACME]);
    const ws = book.getWorksheet(ACME)!;
    const values = Object.values(cellsOf(ws));
    expect(values).toContain("From July 1, 2036, your Business agreement will be $945.00 a month.");
    expect(values).toContain(945);
    expect(ws.pageSetup).toMatchObject({ orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(book.definedNames.getRanges(letterMarker(ACME)).ranges).toEqual([`'${ACME}'!$A$1`]);
  });

  it("a Renewal date already past: the letter announces the next anniversary, and the consultant is told", async () => {
    const out = path.join(dir, "pine.xlsx");
    const run = await cli("letter", input, "--client", "Pine Clinic", "--out", out);
    expect(run.code).toBe(0);
    const next = Number(run.stdout.match(/from August 15, (\d{4})\./)![1]);
    expect(next).toBeGreaterThan(2025); // never 2020: that day is gone
    expect(run.stderr).toContain(`warning: Pine Clinic's Renewal date, 2020-08-15, has passed: the letter announces the new price from its next anniversary, ${next}-08-15`);
  });

  it("made again from its own result, updates that sheet", async () => {
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect((await cli("letter", input, "--client", "Acme Dental", "--out", first)).code).toBe(0);
    expect((await cli("letter", first, "--client", "Acme Dental", "--out", second)).code).toBe(0);
    const book = await readWorkbook(second);
    expect(book.worksheets.filter((w) => w.name.startsWith("Letter")).map((w) => w.name)).toEqual([ACME]);
  });

  it("a client billed by the hour: exit 2, why, and the proposal command to run instead; nothing written", async () => {
    const out = path.join(dir, "harbor.xlsx");
    const run = await cli("letter", input, "--client", "Harbor Law", "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Harbor Law is billed by the hour");
    expect(run.stderr).toContain(`proposal ${input} --client "Harbor Law"`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("an Annual increase of 0: exit 2, nothing to announce; nothing written", async () => {
    const out = path.join(dir, "flat-out.xlsx");
    const run = await cli("letter", noIncrease, "--client", "Acme Dental", "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("The Annual increase setting is 0%, so there is no price change to announce");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("an unknown client: exit 2 with the nearest names", async () => {
    const run = await cli("letter", input, "--client", "Pine Clinc");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Unknown client "Pine Clinc" — did you mean "Pine Clinic"?');
  });

  it("needs --client, and takes no --tier or --set", async () => {
    expect((await cli("letter", input)).stderr).toMatch(/^letter needs --client NAME\./);
    expect((await cli("letter", input, "--client", "Acme Dental", "--tier", "Business")).code).toBe(2);
    expect((await cli("letter", input, "--client", "Acme Dental", "--set", "Annual increase=3%")).code).toBe(2);
  });
});
