/** `analyze … --set … --mix …` (issue 5): the parser, and the command on a real sample workbook. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../../src/apps/cli/main";
import type { Io } from "../../../src/apps/cli/io";
import { parseLeverArgs, resolveLeverArgs } from "../../../src/apps/cli/leverArgs";
import { writeSampleWorkbook } from "../../../src/apps/cli/sampleCommand";
import { analyzeWhatIf } from "../../../src/core/whatIf/whatIf";
import type { Analysis } from "../../../src/core/pricing/results";
import { parsed } from "./helpers";

const { model } = parsed();

describe("parseLeverArgs", () => {
  it("reads names like headers and values like workbook numbers", () => {
    const result = parseLeverArgs(
      ["Hourly rate=140", "TRIP_CHARGE = $0", "free travel radius (miles)=25", "Business.Monthly fee=$1,050", "premier . included hours=30"],
      ["Home=100", "small business=20"],
    );
    expect(result).toEqual({
      ok: true,
      value: {
        settings: { hourlyRate: 140, tripCharge: 0, freeTravelRadius: 25 },
        tiers: [
          { tier: "Business", field: "monthlyFee", value: 1050, arg: "Business.Monthly fee=$1,050" },
          { tier: "premier", field: "includedHours", value: 30, arg: "premier . included hours=30" },
        ],
        zones: [],
        mix: [
          { segment: "Home", value: 100, arg: "Home=100" },
          { segment: "small business", value: 20, arg: "small business=20" },
        ],
      },
    });
  });

  it("lists every problem at once, each naming its argument and what to enter", () => {
    const result = parseLeverArgs(
      ["Hourly rate 140", "Hourly rate=abc", "Billing increment=2", "Technician cost=50", "Colour=red", "Business.Colour=1", "Trip charge=10", "trip charge=20"],
      ["Home=-3", "Home 3", "Small business=2.5"],
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        '--set "Hourly rate 140": write it as NAME=VALUE, e.g. --set \'Hourly rate=140\'.',
        '--set "Hourly rate=abc": "abc" is not a number — enter above 0.',
        '--set "Billing increment=2": Billing increment must be from 0 to 1.',
        '--set "Technician cost=50": Technician cost is a workbook setting but not a what-if lever; the levers are Hourly rate, Agreement hourly rate, Minimum hours per visit, Billing increment, Free travel radius, Trip charge, Mileage rate, Travel time rate, Tool cost per user, Tool cost per device, Tool cost per server, Contract term, Technicians, Billable hours per technician, Annual increase, Annual cost increase and each tier\'s Monthly fee, Included hours, Per user, Per device, Per server, Minimum fee, Onboarding fee.',
        '--set "Colour=red": "Colour" is not a what-if lever. The levers are Hourly rate, Agreement hourly rate, Minimum hours per visit, Billing increment, Free travel radius, Trip charge, Mileage rate, Travel time rate, Tool cost per user, Tool cost per device, Tool cost per server, Contract term, Technicians, Billable hours per technician, Annual increase, Annual cost increase, and TIER.FIELD for a tier of the workbook (Monthly fee, Included hours, Per user, Per device, Per server, Minimum fee, Onboarding fee).',
        '--set "Business.Colour=1": a tier\'s levers are "Business.Monthly fee", "Business.Included hours", "Business.Per user", "Business.Per device", "Business.Per server", "Business.Minimum fee", "Business.Onboarding fee".',
        '--set "trip charge=20": this lever is already set by --set "Trip charge=10" — give each lever once.',
        '--mix "Home=-3": Home clients must be a whole number of clients, 0 or more.',
        '--mix "Home 3": write it as SEGMENT=COUNT, e.g. --mix \'Home=100\'.',
        '--mix "Small business=2.5": Small business clients must be a whole number of clients, 0 or more.',
      ],
    });
  });

  it("resolves tier and segment names against the workbook, and names the ones it does not have", () => {
    const args = parseLeverArgs(["business.monthly fee=950", "Gold.Monthly fee=1200"], ["HOME=100", "Small-business=20", "Retail=5"]);
    if (!args.ok) throw new Error("parse failed");
    expect(resolveLeverArgs(args.value, model)).toEqual({
      ok: false,
      errors: [
        '--set "Gold.Monthly fee=1200": the workbook has no tier "Gold"; its tiers are "Essentials", "Business", "Managed" and "Premier".',
        '--mix "Retail=5": the workbook has no clients in a segment "Retail"; its segments are "Home", "Small business" and "Large business".',
      ],
    });
    const ok = parseLeverArgs(["business.monthly fee=950"], ["HOME=100", "Small-business=20"]);
    if (!ok.ok) throw new Error("parse failed");
    expect(resolveLeverArgs(ok.value, model)).toEqual({
      ok: true,
      value: { settings: {}, tiers: { Business: { monthlyFee: 950 } }, zones: {}, mix: { Home: 100, "Small business": 20 } },
    });
  });
});

describe("analyze --set / --mix on a real workbook", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "whatif-cli-"));
    input = path.join(dir, "sample.xlsx");
    await writeSampleWorkbook(input);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { stdout: (l) => out.push(l), stderr: (l) => err.push(l) };
    const code = await main(argv, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("prices the what-if: the JSON report is the analysis with those levers, and the input is unchanged", async () => {
    const before = fs.readFileSync(input);
    const json = path.join(dir, "whatif.json");
    const out = path.join(dir, "whatif.xlsx");
    const result = await run(
      "analyze", input, "--out", out, "--json", json,
      "--set", "Hourly rate=140", "--set", "Business.Monthly fee=950", "--mix", "Home=100", "--mix", "Small business=20",
    );
    expect(result.out).toMatch(/What-if: Hourly rate \$125\.00 → \$140\.00; Business monthly fee \$900\.00 → \$950\.00; Home clients 12 → 100; Small business clients 12 → 20/);
    expect(result.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as Analysis;
    const expected = analyzeWhatIf(model, {
      settings: { hourlyRate: 140 },
      tiers: { Business: { monthlyFee: 950 } },
      mix: { Home: 100, "Small business": 20 },
    }).analysis;
    expect(report.clients).toEqual(expected.clients);
    expect(report.segments).toEqual(expected.segments);
    expect(report.totals).toEqual(expected.totals);
    expect(report.totals.clients).toBe(124);
    expect(report.rateCard?.payAsYouGo.hourlyRate).toBe(140);
    expect(fs.readFileSync(input)).toEqual(before);
    // The result workbook says, in its results sheet's notes, that its figures are a what-if.
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const texts: string[] = [];
    written.getWorksheet("Pricing Results")!.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
    expect(texts.filter((t) => t.startsWith("What-if: Hourly rate $125.00 → $140.00"))).toHaveLength(1);
    // With a mix, the sheet's subtitle counts the mixed clients, as its key figures do.
    expect(texts.some((t) => t.startsWith("124 clients."))).toBe(true);
  });

  it("refuses a Trip charge lever that could change nothing because Travel zones set the trip charges, and names the zone levers", async () => {
    const json = path.join(dir, "trip.json");
    const result = await run("analyze", input, "--out", path.join(dir, "trip.xlsx"), "--json", json, "--set", "Trip charge=0");
    expect(result.code).toBe(2);
    expect(result.err).toContain("Set each zone's instead: 'Trip charge up to 25=…', 'Trip charge up to 40=…', 'Trip charge up to 60=…'.");
    expect(fs.existsSync(json)).toBe(false);
  });

  it("prices each travel zone's trip charge as its own lever", async () => {
    const json = path.join(dir, "zones.json");
    const result = await run("analyze", input, "--out", path.join(dir, "zones.xlsx"), "--json", json, "--set", "Trip charge up to 40=0");
    expect(result.code).toBe(0);
    expect(result.out).toContain("What-if: Trip charge up to 40 $65.00 → $0.00.");
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as Analysis;
    expect(report.totals).toEqual(analyzeWhatIf(model, { zones: { "40": 0 } }).analysis.totals);
    expect(report.rateCard?.payAsYouGo.travelZones).toEqual([{ upTo: 25, tripCharge: 45 }, { upTo: 40, tripCharge: 0 }, { upTo: 60, tripCharge: 95 }]);
  });

  it.each([
    [["--set", "Hourly rate=abc"], '"abc" is not a number'],
    [["--set", "Hourly rate=0"], "Hourly rate must be above 0."],
    [["--set", "Colour=red"], '"Colour" is not a what-if lever'],
    [["--mix", "Home=-1"], "Home clients must be a whole number of clients, 0 or more."],
    [["--set", "Gold.Monthly fee=900"], 'the workbook has no tier "Gold"'],
    [["--mix", "Retail=5"], 'the workbook has no clients in a segment "Retail"'],
  ])("exits 2 with a clear message and writes nothing: %j", async (flags, message) => {
    const out = path.join(dir, `bad-${flags.join("").replace(/\W/g, "")}.xlsx`);
    const result = await run("analyze", input, "--out", out, ...flags);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("refuses --set and --mix on the other commands", async () => {
    const result = await run("sample", path.join(dir, "other.xlsx"), "--set", "Hourly rate=140");
    expect(result.code).toBe(2);
    expect(result.err).toContain("sample takes no --set or --mix");
  });
});

describe("--set for PRICING.md v2's levers", () => {
  it("takes the tool costs, term, team and each tier's per-unit prices, minimum and onboarding fee, by the workbook's names", () => {
    const args = parseLeverArgs(
      ["Tool cost per seat=$12", "Contract term=24", "Techs=3", "Billable hours per technician=100", "Managed.Per seat=95", "Managed.Floor=700", "Business.Setup fee=0"],
      [],
    );
    if (!args.ok) throw new Error(args.errors.join("\n"));
    expect(args.value.settings).toEqual({ toolCostPerUser: 12, contractTerm: 24, technicians: 3, billableHoursPerTechnician: 100 });
    expect(args.value.tiers.map(({ tier, field, value }) => [tier, field, value])).toEqual([
      ["Managed", "perUser", 95], ["Managed", "minimumFee", 700], ["Business", "onboardingFee", 0],
    ]);
  });

  it("refuses a 0-month or fractional term and no technicians, naming the argument", () => {
    const result = parseLeverArgs(["Contract term=0", "Contract term=6.5", "Technicians=0", "Managed.Per user=-5"], []);
    expect(result).toEqual({
      ok: false,
      errors: [
        '--set "Contract term=0": Contract term must be a whole number from 1 to 60.',
        '--set "Contract term=6.5": Contract term must be a whole number from 1 to 60.',
        '--set "Technicians=0": Technicians must be above 0.',
        '--set "Managed.Per user=-5": Managed per user must be 0 or more.',
      ],
    });
  });
});
