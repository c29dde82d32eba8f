import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { sampleModelTables } from "../../../src/core/workbook/sample";
import type { Analysis } from "../../../src/core/pricing/results";
import { cellsOf, cli, readWorkbook, sha256, tempDir } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = tempDir();
  sample = path.join(dir, "model.xlsx");
  expect((await cli("sample", sample)).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Analysis;

/** Write a workbook whose sheets are plain ranges: header in row 1. */
async function plainWorkbook(file: string, tables: { sheet: string; header: unknown[]; rows: unknown[][] }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = workbook.addWorksheet(t.sheet);
    ws.addRow(t.header);
    for (const r of t.rows) ws.addRow(r);
  }
  await workbook.xlsx.writeFile(file);
}

describe("analyze on the sample", () => {
  let run: Awaited<ReturnType<typeof cli>>;
  const out = () => path.join(dir, "result.xlsx");
  const json = () => path.join(dir, "report.json");
  let inputHash: string;

  beforeAll(async () => {
    inputHash = sha256(sample);
    run = await cli("analyze", sample, "--out", out(), "--json", json());
  });

  it("exits 0, leaves the input's bytes alone and prints the summary with the result's path", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(sha256(sample)).toBe(inputHash);
    expect(run.stdout).toContain("Summit IT Services: 28 clients");
    expect(run.stdout).toMatch(/^Home\s+12\s/m);
    expect(run.stdout).toMatch(/^Total\s+28\s/m);
    expect(run.stdout).toContain("Break-even drive (one way):");
    const perSmallBusiness = JSON.parse(fs.readFileSync(json(), "utf8")).equivalence.homeClientsPerSmallBusiness as number;
    expect(run.stdout).toContain(`One small-business client brings in as much as ${perSmallBusiness.toFixed(1)} home clients.`);
    expect(run.stdout.trim().split("\n").pop()).toBe(`Result: ${fs.realpathSync(out())}`);
  });

  it("keeps every input sheet as it was and adds the two output sheets", async () => {
    const before = await readWorkbook(sample);
    const after = await readWorkbook(out());
    expect(after.worksheets.map((ws) => ws.name)).toEqual([...before.worksheets.map((ws) => ws.name), RESULTS_SHEET, RATE_CARD_SHEET]);
    for (const ws of before.worksheets) expect(cellsOf(after.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
    expect(after.getWorksheet(RESULTS_SHEET)!.getCell("A1").value).toBe("Pricing Results: Summit IT Services");
    expect(after.getWorksheet(RATE_CARD_SHEET)!.getCell("A1").value).toBe("Summit IT Services");
  });

  it("writes the JSON report with exactly the §6 fields", () => {
    const report = readJson(json());
    expect(Object.keys(report)).toEqual(["clients", "segments", "totals", "equivalence", "travel", "capacity", "renewal", "timeLog", "rateCard", "warnings", "errors"]);
    expect(Object.keys(report.clients[0])).toEqual([
      "client", "segment", "tier", "workHours", "travelHours", "travelCharges", "hourlyRevenue", "agreementRevenue",
      "currentRevenue", "cost", "hourlyMargin", "currentMargin", "effectiveRate", "clientSaving", "targetPrice",
      "recommendedTier", "recommendedRevenue", "serviceCost", "toolCost", "agreementCost", "recommendedCost",
      "recommendedMargin", "contractValue", "tierOptions", "timeLog", "renewal",
    ]);
    expect(Object.keys(report.clients[0].tierOptions[0])).toEqual(["tier", "tierFee", "revenue", "margin", "offered", "dominatedBy", "qualifies"]);
    expect(Object.keys(report.segments[0])).toEqual([
      "segment", "clients", "workHours", "travelHours", "hourlyRevenue", "currentRevenue", "recommendedRevenue", "cost",
      "currentMargin", "recommendedCost", "recommendedMargin", "contractValue", "actualRevenue", "annualRevenuePerClient", "revenuePerHour",
    ]);
    expect(Object.keys(report.capacity)).toEqual(["availableHours", "usedHours", "utilisation"]);
    expect(report.timeLog).toEqual({ months: 12, entries: 224, first: "2025-01-02", last: "2025-12-27" }); // the sample's Time log
    expect(Object.keys(report.travel)).toEqual(["bands", "referenceVisitHours", "sensitivity", "breakEvenMinutes"]);
    expect(report.errors).toEqual([]);
  });

  it("prices the first client, Linda Park, as worked by hand", () => {
    // Home, hourly, 4 miles, 0.5 visits of 1 h, 0.5 remote hours, no drive minutes (8 min at 30 mph).
    const linda = readJson(json()).clients[0];
    expect(linda.client).toBe("Linda Park");
    expect(linda.tier).toBeNull();
    expect(linda.agreementRevenue).toBeNull();
    expect(linda.hourlyRevenue).toBeCloseTo(0.5 * 1 * 125 + 0.5 * 125, 9); // 125.00, inside the radius
    expect(linda.travelCharges).toBe(0);
    expect(linda.workHours).toBeCloseTo(1, 9);
    expect(linda.travelHours).toBeCloseTo(0.5 * (16 / 60), 9);
    expect(linda.cost).toBeCloseTo(45 * (1 + 0.5 * (16 / 60)) + 0.7 * 0.5 * 8, 9); // 53.80
    expect(linda.currentMargin).toBeCloseTo(71.2, 9);
    expect(linda.effectiveRate!).toBeCloseTo(125 / (1 + 2 / 15), 9);
    expect(linda.targetPrice).toBeCloseTo(107.6, 9);
    // Essentials is 250 > 125 × 1.25: over the premium cap, so she stays hourly.
    expect(linda.recommendedTier).toBe("Hourly");
    expect(linda.recommendedRevenue).toBeCloseTo(125, 9);
  });

  it("prices Acme Dental as PRICING.md §8 does", () => {
    const acme = readJson(json()).clients.find((c) => c.client === "Acme Dental")!;
    expect(acme.hourlyRevenue).toBeCloseTo(777.5, 9);
    expect(acme.agreementRevenue).toBeCloseTo(900, 9);
    expect(acme.clientSaving).toBeCloseTo(-122.5, 9);
    expect(acme.cost).toBeCloseTo(410, 9);
    expect(acme.currentMargin).toBeCloseTo(490, 9);
    expect(Math.round(acme.effectiveRate! * 100) / 100).toBe(114.41);
    expect(acme.targetPrice).toBeCloseTo(820, 9);
    // PRICING.md v3: the sample's Managed tier (650 at its minimum, 8 h, a 2-hour response) gives Acme
    // more for less than Business (12 × 650 + 1,000 = 8,800 ≤ 12 × 900 + 500 = 11,300), and earns
    // only 240 / 650 = 37 %: Hourly, as in §8b.
    const business = acme.tierOptions.find((o) => o.tier === "Business")!;
    expect([business.offered, business.dominatedBy, business.qualifies]).toEqual([true, "Managed", false]);
    expect(acme.recommendedTier).toBe("Hourly");
  });

  it("writes next to the input as NAME.priced.xlsx without --out, and can analyse its own result again", async () => {
    const copy = path.join(dir, "copy.xlsx");
    fs.copyFileSync(sample, copy);
    const first = await cli("analyze", copy);
    expect(first.code).toBe(0);
    const priced = path.join(dir, "copy.priced.xlsx");
    expect(fs.existsSync(priced)).toBe(true);
    const again = await cli("analyze", priced, "--out", path.join(dir, "again.xlsx"));
    expect(again.code).toBe(0);
    const names = (await readWorkbook(path.join(dir, "again.xlsx"))).worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n === RESULTS_SHEET)).toHaveLength(1);
  });
});

describe("analyze on a broken workbook", () => {
  it("exits 1, names each bad cell on stderr, writes no result and leaves the input's bytes alone", async () => {
    const broken = path.join(dir, "broken.xlsx");
    const tables = sampleModelTables();
    const clients = tables.find((t) => t.key === "clients")!;
    const rows = clients.rows.map((r) => [...r]);
    rows[1][3] = "far away"; // Distance, row 3 of the sheet → Clients!D3
    rows[4][4] = -2; // Visits per month, row 6 → Clients!E6
    rows[6][2] = "Platinum"; // an unknown tier → Clients!C8
    const settings = tables.find((t) => t.key === "settings")!;
    const settingRows = [...settings.rows.map((r) => [...r]), ["Top speed", 35]]; // unknown: a warning, on the row after the sample's settings
    await plainWorkbook(broken, tables.map((t) => ({
      sheet: t.sheet,
      header: t.header,
      rows: t.key === "clients" ? rows : t.key === "settings" ? settingRows : t.rows,
    })));
    const hash = sha256(broken);
    const out = path.join(dir, "broken.result.xlsx");
    const json = path.join(dir, "broken.json");

    const run = await cli("analyze", broken, "--out", out, "--json", json);

    expect(run.code).toBe(1);
    for (const cell of ["Clients!D3", "Clients!E6", "Clients!C8"]) expect(run.stderr).toContain(cell);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(path.join(dir, "broken.priced.xlsx"))).toBe(false);
    expect(sha256(broken)).toBe(hash);
    const report = readJson(json);
    expect(report.errors.map((e) => e.cell)).toEqual(expect.arrayContaining(["Clients!D3", "Clients!E6", "Clients!C8"]));
    expect(report.clients).toEqual([]);
    expect(run.stdout).toBe("");
    // Warnings are not hidden by the errors: the unknown setting is listed too.
    expect(run.stderr).toMatch(new RegExp(`Settings!A${settings.rows.length + 2}: "Top speed"`));
  });

  it("exits 1 without writing when a sheet named Pricing Results belongs to the user", async () => {
    const input = path.join(dir, "foreign.xlsx");
    const workbook = await readWorkbook(sample);
    workbook.addWorksheet(RESULTS_SHEET).getCell("A1").value = "my own results";
    await workbook.xlsx.writeFile(input);
    const hash = sha256(input);
    const out = path.join(dir, "foreign.out.xlsx");
    const json = path.join(dir, "foreign.json");
    const run = await cli("analyze", input, "--out", out, "--json", json);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`"${RESULTS_SHEET}"`);
    expect(run.stderr).toContain("Rename or delete that sheet");
    expect(fs.existsSync(out)).toBe(false);
    expect(sha256(input)).toBe(hash);
    expect(readJson(json).errors[0].message).toContain("did not create");
  });
});

describe("analyze on workbooks in other shapes", () => {
  it("reads plain sheets with shuffled columns, other header spellings and numbers stored as text", async () => {
    const file = path.join(dir, "plain.xlsx");
    await plainWorkbook(file, [
      { sheet: "settings", header: ["value", "SETTING"], rows: [["$140", "Hourly rate"], ["Acme IT", "business name"]] },
      {
        sheet: "TIERS",
        header: ["travel included", "Monthly Fee ($)", "tier", "Included Hours"],
        rows: [["yes", "900", "Business", " 8 "]],
      },
      {
        sheet: "Clients",
        header: ["Hours per visit", "distance (miles)", "Client", "Visits per month", "Segment", "Tier", "Remote hours per month"],
        rows: [["1.1", "20", "Acme Dental", "2", "Small business", "business", "3"]],
      },
    ]);
    const json = path.join(dir, "plain.json");
    const run = await cli("analyze", file, "--json", json, "--out", path.join(dir, "plain.out.xlsx"));
    expect(run.code).toBe(0);
    const [acme] = readJson(json).clients;
    // §8 at 140 an hour: 2 × 1.25 × 140 + 3 × 140 + 2 × 45 = 860; the agreement stays 900.
    expect(acme.hourlyRevenue).toBeCloseTo(860, 9);
    expect(acme.currentRevenue).toBeCloseTo(900, 9);
    expect(acme.tier).toBe("Business");
    expect(run.stdout).toContain("Acme IT: 1 clients");
  });

  it("writes client names that look like formulas back as text", async () => {
    const file = path.join(dir, "formulas.xlsx");
    const names = ["=1+1", "@SUM(A1:A3)", "+44 20 7946 0000", "-Dash Ltd"];
    await plainWorkbook(file, [
      { sheet: "Tiers", header: ["Tier", "Monthly fee"], rows: [["Basic", 250]] },
      { sheet: "Clients", header: ["Client", "Segment", "Distance", "Visits per month"], rows: names.map((n) => [n, "Home", 5, 1]) },
    ]);
    const out = path.join(dir, "formulas.out.xlsx");
    const json = path.join(dir, "formulas.json");
    expect((await cli("analyze", file, "--out", out, "--json", json)).code).toBe(0);
    expect(readJson(json).clients.map((c) => c.client)).toEqual(names);
    const ws = (await readWorkbook(out)).getWorksheet(RESULTS_SHEET)!;
    const found: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => names.includes(cell.value as string) && found.push(cell)));
    expect(found.map((c) => c.value)).toEqual(names);
    for (const cell of found) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe("analyze with a row pasted just under an Excel table", () => {
  it("exits 0, prices without that row and names its first cell on stderr", async () => {
    const input = path.join(dir, "row-below.xlsx");
    const workbook = await readWorkbook(sample);
    const tiers = sampleModelTables().find((t) => t.key === "tiers")!;
    const below = tiers.rows.length + 2; // header in row 1: the first row under the table
    workbook.getWorksheet(tiers.sheet)!.getRow(below).values = ["Enterprise", 4000, 40, 1, "Yes"];
    await workbook.xlsx.writeFile(input);
    const json = path.join(dir, "row-below.json");

    const run = await cli("analyze", input, "--out", path.join(dir, "row-below.out.xlsx"), "--json", json);

    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Tiers!A${below}: This row is just below the Tiers table, outside it, so it is not read`);
    const report = readJson(json);
    expect(report.warnings.map((w) => w.cell)).toContain(`Tiers!A${below}`);
    expect(report.rateCard!.tiers.map((t) => t.tier)).toEqual(tiers.rows.map((r) => r[0]));
  });
});
