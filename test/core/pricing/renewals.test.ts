/**
 * Renewals (PRICING.md §2 contractValue and renewal, §5c), to the cent through the parser: the
 * worked example of §8d typed as a consultant would (`5%`, a Renewal date as a date cell and as
 * YYYY-MM-DD text), then the edges the spec names.
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import type { CellValue } from "../../../src/core/workbook/grid";
import { grid, settingsGrid } from "../workbook/helpers";
import { cents, makeClient, makeModel, makeTier } from "./fixtures";

// 2026-07-01 as Excel stores a date cell: days since 1899-12-30 (2026-01-01 is 46023; + 181 days).
const JULY_1_2026 = 46204;

function workbook(settings: [string, CellValue][], renewals: [CellValue, CellValue] = [JULY_1_2026, "2026-08-15"]) {
  return parseModel([
    settingsGrid([["Contract term", 24], ["Annual increase", "5%"], ["Annual cost increase", "4%"], ...settings]),
    grid("tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]]),
    grid("clients", [
      ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Renewal date"],
      ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, renewals[0]],
      ["Pine Clinic", "Small business", "Business", 30, 3, 1.5, 2, renewals[1]],
    ]),
    grid("benefits", [["Benefit"], ["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]),
  ]);
}

describe("PRICING.md §8d: renewals and an escalated contract", () => {
  const parsed = workbook([]);
  const analysis = analyze(parsed.model!);
  const [acme, pine] = analysis.clients;

  it("reads 5% and 4% as fractions, and the renewal dates from a date cell and from YYYY-MM-DD text", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.model!.settings).toMatchObject({ contractTerm: 24, annualIncrease: 0.05, annualCostIncrease: 0.04 });
    expect(parsed.model!.clients.map((c) => c.renewalDate)).toEqual(["2026-07-01", "2026-08-15"]);
  });

  it("Acme Dental: 12 months at 900 then 12 at 945; a year on 945 against 426.40, still above 50%", () => {
    expect(acme.recommendedTier).toBe("Business");
    expect(cents(acme.agreementCost)).toBe(410);
    expect(cents(acme.contractValue!)).toBe(22140); // 12 × 900 + 12 × 945
    expect(cents(acme.renewal!.revenue)).toBe(945);
    expect(cents(acme.renewal!.cost)).toBe(426.4);
    expect(cents(acme.renewal!.margin)).toBe(518.6);
    expect(acme.renewal!.margin / acme.renewal!.revenue).toBeCloseTo(0.549, 3);
    expect(acme.renewal!.belowTarget).toBe(false);
    expect(acme.renewal!.increaseForTarget).toBe(0); // 426.40 / 0.5 = 852.80 < 900
  });

  it("Pine Clinic: recommended Hourly, but on Business today it renews at 945 against 716.04 — below target, 59.1% would keep it", () => {
    expect(cents(pine.workHours)).toBe(6.5);
    expect(cents(pine.travelHours)).toBe(6);
    expect(cents(pine.agreementCost)).toBe(688.5);
    expect(pine.recommendedTier).toBe("Hourly");
    expect(pine.contractValue).toBeNull();
    expect(cents(pine.renewal!.revenue)).toBe(945);
    expect(cents(pine.renewal!.cost)).toBe(716.04);
    expect(cents(pine.renewal!.margin)).toBe(228.96);
    expect(pine.renewal!.belowTarget).toBe(true);
    expect(pine.renewal!.increaseForTarget!).toBeCloseTo(0.5912, 4); // 716.04 / 0.5 / 900 − 1
  });

  it("the report's renewal: 2 clients, 1,890.00 a month, 747.56 margin, 1 below target", () => {
    expect(analysis.renewal).not.toBeNull();
    expect(analysis.renewal!.clients).toBe(2);
    expect(cents(analysis.renewal!.revenue)).toBe(1890);
    expect(cents(analysis.renewal!.margin)).toBe(747.56);
    expect(analysis.renewal!.belowTarget).toBe(1);
    expect(cents(analysis.totals.contractValue)).toBe(22140);
  });
});

describe("contractValue over a term that is not whole years", () => {
  const business = makeTier({ name: "Business", monthlyFee: 900, includedHours: 8, travelIncluded: true, onboardingFee: 500 });
  const acme = makeClient({ name: "Acme Dental", segment: "Small business", tier: "Business", distance: 20, visitsPerMonth: 2, hoursPerVisit: 1.1, remoteHoursPerMonth: 3 });
  const value = (contractTerm: number, annualIncrease: number) =>
    analyze(makeModel({ settings: { contractTerm, annualIncrease }, tiers: [business], clients: [acme] })).clients[0].contractValue!;

  it("30 months at 5%: 12 × 900 + 12 × 945 + 6 × 992.25, plus the onboarding fee", () => {
    expect(cents(value(30, 0.05))).toBe(cents(10800 + 11340 + 5953.5 + 500));
  });

  it("12 months or less: no anniversary falls inside, so the increase changes nothing", () => {
    expect(cents(value(12, 0.05))).toBe(11300);
    expect(cents(value(7, 0.5))).toBe(6800);
  });

  it("no increase: term × price + onboarding, as before v3", () => {
    expect(cents(value(60, 0))).toBe(54500);
  });
});

describe("renewal edges", () => {
  it("a client billed by the hour has no renewal; a book with none on a tier has no renewal totals", () => {
    const analysis = analyze(makeModel({ tiers: [makeTier({ name: "Business", monthlyFee: 900 })], clients: [makeClient({ visitsPerMonth: 1, hoursPerVisit: 1 })] }));
    expect(analysis.clients[0].renewal).toBeNull();
    expect(analysis.renewal).toBeNull();
  });

  it("a tier that comes to 0 a month: below target, and no increase can help (null)", () => {
    const analysis = analyze(makeModel({
      settings: { annualIncrease: 0.1 },
      tiers: [makeTier({ name: "Free", monthlyFee: 0, includedHours: 10 })],
      clients: [makeClient({ tier: "Free", visitsPerMonth: 1, hoursPerVisit: 1 })],
    }));
    expect(analysis.clients[0].renewal).toMatchObject({ revenue: 0, belowTarget: true, increaseForTarget: null });
    expect(analysis.renewal).toMatchObject({ clients: 1, belowTarget: 1 });
  });

  it("exactly at the target margin is not below it", () => {
    // 1 remote hour at 45 = 45 cost; a 90 fee is a 50% margin, with no increases.
    const analysis = analyze(makeModel({
      tiers: [makeTier({ name: "Lite", monthlyFee: 90, includedHours: 2 })],
      clients: [makeClient({ tier: "Lite", remoteHoursPerMonth: 1 })],
    }));
    expect(analysis.clients[0].renewal).toMatchObject({ revenue: 90, cost: 45, margin: 45, belowTarget: false, increaseForTarget: 0 });
  });
});

describe("reading Renewal date", () => {
  const messages = (p: ReturnType<typeof workbook>) => p.errors.map((e) => `${e.cell}: ${e.message}`);

  it("text with slashes and no Date order is refused at its cell, naming the Date order setting", () => {
    const parsed = workbook([], ["07/01/2026", null]);
    expect(parsed.model).toBeNull();
    expect(messages(parsed)).toHaveLength(1);
    expect(messages(parsed)[0]).toMatch(/^Clients!H2: Renewal date for Acme Dental is "07\/01\/2026".*Date order.*MDY.*DMY.*YYYY-MM-DD/);
  });

  it("with Date order set, slashes, dots and dashes are read in that order", () => {
    expect(workbook([["Date order", "MDY"]], ["07/01/2026", "8-15-26"]).model!.clients.map((c) => c.renewalDate)).toEqual(["2026-07-01", "2026-08-15"]);
    expect(workbook([["Date order", "dmy"]], ["01.07.2026", "15/08/2026"]).model!.clients.map((c) => c.renewalDate)).toEqual(["2026-07-01", "2026-08-15"]);
  });

  it("a day that is not in the calendar, a year out of range and words are errors that say what to type", () => {
    const parsed = workbook([["Date order", "MDY"]], ["15/08/2026", "soon"]);
    expect(messages(parsed)).toEqual([
      expect.stringMatching(/^Clients!H2: .*not a day of the calendar read as month\/day\/year.*YYYY-MM-DD/),
      expect.stringMatching(/^Clients!H3: Renewal date for Pine Clinic is "soon", which is not a date — .*YYYY-MM-DD/),
    ]);
    expect(messages(workbook([], ["2260-01-01", null]))[0]).toMatch(/outside 1990-01-01 to 2100-12-31/);
  });

  it("blank, or no column at all: no date, no problem", () => {
    const blank = workbook([], [null, ""]);
    expect(blank.errors).toEqual([]);
    expect(blank.model!.clients.map((c) => c.renewalDate ?? null)).toEqual([null, null]);
  });
});

describe("a renewal that cannot be worked out", () => {
  it("a tier priced at 1E-308: the increase that keeps the target would be infinite — refused, at the client's row", async () => {
    const { runFlow } = await import("../../../src/core/flow");
    const flow = runFlow([
      grid("tiers", [["Tier", "Monthly fee", "Included hours"], ["Token", 1e-308, 10]]),
      grid("clients", [["Client", "Segment", "Tier", "Distance", "Visits per month", "Remote hours per month"], ["Acme Dental", "Small business", "Token", 0, 0, 2]]),
    ]);
    expect(flow.plan).toBeNull();
    expect(flow.analysis.errors).toEqual([expect.objectContaining({ cell: "Clients!A2", message: expect.stringContaining("renewal.increaseForTarget") })]);
  });
});
