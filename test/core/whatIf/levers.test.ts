/** Levers (issue 5): a what-if is exactly the analysis of a workbook holding those values. */
import fc from "fast-check";
import { analyze } from "../../../src/core/pricing/analyze";
import { kpis } from "../../../src/core/pricing/kpis";
import {
  applyLevers,
  compareKpis,
  leverCatalogue,
  leversDiff,
  leversOf,
  validateLevers,
  type Levers,
} from "../../../src/core/whatIf/levers";
import { analyzeWhatIf } from "../../../src/core/whatIf/whatIf";
import { planLeverWrites } from "../../../src/core/report/sheets/planLeverWrites";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { ACME_DENTAL, BUSINESS, makeModel } from "../pricing/fixtures";
import { parsed, withCells, withSetting, withTier, without } from "./helpers";

/** The sample without its travel zones, so that the Trip charge setting is what applies. */
const noZones = () => without(sampleGrids(), "travelZones");

describe("applyLevers", () => {
  it("gives exactly the analysis of a workbook whose Settings and Tiers hold the same values", () => {
    const { model } = parsed(noZones());
    const levers: Levers = {
      settings: {
        hourlyRate: 140,
        agreementHourlyRate: 90,
        minimumHoursPerVisit: 2,
        billingIncrement: 0.5,
        freeTravelRadius: 25,
        tripCharge: 0,
        mileageRate: 0.55,
        travelTimeRate: 30,
      },
      tiers: { Business: { monthlyFee: 950 }, Essentials: { includedHours: 3 }, Premier: { monthlyFee: 2400, includedHours: 20 } },
    };

    let typed = noZones();
    for (const [label, value] of [
      ["Hourly rate", 140], ["Agreement hourly rate", 90], ["Minimum hours per visit", 2], ["Billing increment", 0.5],
      ["Free travel radius", 25], ["Trip charge", 0], ["Mileage rate", 0.55], ["Travel time rate", 30],
    ] as const) typed = withSetting(typed, label, value);
    typed = withTier(typed, "Business", "Monthly fee", 950);
    typed = withTier(typed, "Essentials", "Included hours", 3);
    typed = withTier(typed, "Premier", "Monthly fee", 2400);
    typed = withTier(typed, "Premier", "Included hours", 20);

    const whatIf = analyze(applyLevers(model, levers));
    expect(whatIf).toEqual(analyze(parsed(typed).model));
    // …and the levers did move the figures.
    expect(whatIf.totals.hourlyRevenue).not.toBeCloseTo(analyze(model).totals.hourlyRevenue, 0);
  });

  it("matches the workbook analysis for any lever values within PRICING.md's bounds", () => {
    const { model, cells } = parsed(noZones());
    const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
    const leversArb: fc.Arbitrary<Levers> = fc.record({
      settings: fc.record(
        {
          hourlyRate: cents(300).filter((x) => x > 0),
          agreementHourlyRate: cents(300),
          minimumHoursPerVisit: fc.integer({ min: 0, max: 32 }).map((n) => n / 4),
          billingIncrement: fc.constantFrom(0, 0.1, 0.25, 0.5, 1),
          freeTravelRadius: fc.integer({ min: 0, max: 60 }),
          tripCharge: cents(150),
          mileageRate: cents(2),
          travelTimeRate: cents(120),
        },
        { requiredKeys: [] },
      ),
      tiers: fc.record(
        Object.fromEntries(
          ["Essentials", "Business", "Premier"].map((t) => [
            t,
            fc.record({ monthlyFee: cents(4000), includedHours: fc.integer({ min: 0, max: 120 }).map((n) => n / 4) }, { requiredKeys: [] }),
          ]),
        ),
        { requiredKeys: [] },
      ),
    }) as fc.Arbitrary<Levers>;
    fc.assert(
      fc.property(leversArb, (levers) => {
        expect(validateLevers(levers)).toEqual([]);
        const { writes } = planLeverWrites(levers, model, cells);
        const typed = withCells(noZones(), writes.map((w) => ({ address: w.address, value: w.value })));
        expect(analyze(applyLevers(model, levers))).toEqual(analyze(parsed(typed).model));
      }),
      { numRuns: 40 },
    );
  });

  it("returns a new model and leaves the one it was given untouched", () => {
    const { model } = parsed();
    const before = structuredClone(model);
    const changed = applyLevers(model, { settings: { hourlyRate: 150 }, tiers: { Business: { monthlyFee: 1000 } } });
    expect(model).toEqual(before);
    expect(changed).not.toBe(model);
    expect(changed.settings.hourlyRate).toBe(150);
    expect(changed.tiers.find((t) => t.name === "Business")!.monthlyFee).toBe(1000);
    // Everything not a lever is the workbook's.
    expect(changed.settings.technicianCost).toBe(model.settings.technicianCost);
    expect(changed.clients).toEqual(model.clients);
  });
});

describe("leversOf and leversDiff", () => {
  it("start every lever at the workbook's value, with the client count of each segment", () => {
    const { model } = parsed();
    expect(leversOf(model)).toEqual({
      settings: {
        hourlyRate: 125, agreementHourlyRate: 95, minimumHoursPerVisit: 1, billingIncrement: 0.25,
        freeTravelRadius: 15, tripCharge: 45, mileageRate: 0, travelTimeRate: 0,
        toolCostPerUser: 6, toolCostPerDevice: 4, toolCostPerServer: 25, contractTerm: 12, technicians: 2, billableHoursPerTechnician: 120, annualIncrease: 0, annualCostIncrease: 0,
      },
      tiers: {
        Essentials: { monthlyFee: 250, includedHours: 2, perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 0 },
        Business: { monthlyFee: 900, includedHours: 8, perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 500 },
        Managed: { monthlyFee: 0, includedHours: 8, perUser: 85, perDevice: 5, perServer: 100, minimumFee: 650, onboardingFee: 1000 },
        Premier: { monthlyFee: 2000, includedHours: 24, perUser: 45, perDevice: 0, perServer: 100, minimumFee: 2500, onboardingFee: 2500 },
      },
      zones: { "25": 45, "40": 65, "60": 95 },
      mix: { Home: 12, "Small business": 12, "Large business": 4 },
    });
    expect(leversDiff(model, leversOf(model))).toEqual([]);
  });

  it("list only the levers that differ, settings then tiers then mix, with the workbook's value", () => {
    const { model } = parsed();
    const levers = leversOf(model);
    levers.mix.Home = 100;
    levers.settings.hourlyRate = 140;
    levers.tiers.Business.monthlyFee = 950;
    levers.settings.tripCharge = 45; // unchanged
    expect(leversDiff(model, levers)).toEqual([
      { lever: { kind: "setting", key: "hourlyRate" }, label: "Hourly rate", from: 125, to: 140 },
      { lever: { kind: "tier", tier: "Business", field: "monthlyFee" }, label: "Business monthly fee", from: 900, to: 950 },
      { lever: { kind: "mix", segment: "Home" }, label: "Home clients", from: 12, to: 100 },
    ]);
  });
});

describe("validateLevers", () => {
  it("uses the bounds of PRICING.md §1 and says what to enter", () => {
    const problems = validateLevers({
      settings: { hourlyRate: 0, billingIncrement: 1.5, minimumHoursPerVisit: 9, tripCharge: -1, agreementHourlyRate: 0 },
      tiers: { Business: { monthlyFee: -5, includedHours: 4 } },
      mix: { Home: 10.5, "Small business": -1, "Large business": 0 },
    });
    expect(problems.map((p) => p.message)).toEqual([
      "Hourly rate cannot be 0: enter above 0.",
      "Minimum hours per visit cannot be 9: enter from 0 to 8.",
      "Billing increment cannot be 1.5: enter from 0 to 1.",
      "Trip charge cannot be -1: enter 0 or more.",
      "Business monthly fee cannot be -5: enter 0 or more.",
      "Home clients cannot be 10.5: enter a whole number of clients, 0 or more.",
      "Small business clients cannot be -1: enter a whole number of clients, 0 or more.",
    ]);
    expect(validateLevers({ settings: { hourlyRate: Number.NaN } })).toHaveLength(1);
  });
});

describe("analyzeWhatIf and compareKpis", () => {
  it("gives the §8 worked example's differences: +$600 a year for a fee 50 higher, +$990 hourly revenue for a rate 15 higher", () => {
    const model = makeModel({ tiers: [BUSINESS], clients: [ACME_DENTAL] });
    const base = kpis(analyze(model));
    const whatIf = analyzeWhatIf(model, { settings: { hourlyRate: 140 }, tiers: { Business: { monthlyFee: 950 } } });
    const diff = compareKpis(base, whatIf.kpis);
    // Acme pays the Business fee: 950 − 900 = 50 a month more, 600 a year.
    expect(diff.annualCurrentRevenue.base).toBeCloseTo(10_800, 9);
    expect(diff.annualCurrentRevenue.difference).toBeCloseTo(600, 9);
    // Hourly: 2 × 1.25 h + 3 h = 5.5 h billed at 15 more = 82.50 a month, 990 a year.
    expect(diff.annualHourlyRevenue.difference).toBeCloseTo(990, 9);
    // Cost does not move, so the margin gains the same 600.
    expect(diff.annualCurrentMargin.difference).toBeCloseTo(600, 9);
    expect(diff.clients).toEqual({ base: 1, whatIf: 1, difference: 0 });
    // No home segment: no equivalence on either side.
    expect(diff.homeClientsPerSmallBusiness).toEqual({ base: null, whatIf: null, difference: null });
  });

  it("with a client mix, counts a segment as if it had the target number of clients like the ones it has", () => {
    const grids = sampleGrids();
    const { model } = parsed(grids);
    const whatIf = analyzeWhatIf(model, { mix: { home: 24 } }); // names match as segments do: any case
    // The same workbook with every home client listed twice.
    const doubled = grids.map((g) =>
      g.key !== "clients" ? g : { ...g, values: [...g.values, ...g.values.slice(1).filter((r) => r[1] === "Home")] },
    );
    const twice = analyze(parsed(doubled).model);
    expect(whatIf.kpis.clients).toBe(40);
    const home = whatIf.analysis.segments.find((s) => s.segment === "Home")!;
    const homeTwice = twice.segments.find((s) => s.segment === "Home")!;
    expect(home.clients).toBe(24);
    for (const key of ["hourlyRevenue", "currentRevenue", "recommendedRevenue", "cost", "currentMargin"] as const) {
      expect(home[key]).toBeCloseTo(homeTwice[key], 9);
      expect(whatIf.analysis.totals[key]).toBeCloseTo(twice.totals[key], 9);
    }
    expect(whatIf.changes).toEqual([{ lever: { kind: "mix", segment: "Home" }, label: "Home clients", from: 12, to: 24 }]);
  });

  it("without a change, is the workbook's analysis itself", () => {
    const { model } = parsed();
    expect(analyzeWhatIf(model, leversOf(model)).analysis).toEqual(analyze(model));
    expect(parseModel(sampleGrids()).warnings).toEqual([]);
  });
});

describe("zone levers and the catalogue", () => {
  it("a zone's trip charge moves only that zone, and says so in the changes", () => {
    const { model } = parsed();
    const changed = applyLevers(model, { zones: { "40": 75 } });
    expect(changed.travelZones).toEqual([{ upTo: 25, tripCharge: 45 }, { upTo: 40, tripCharge: 75 }, { upTo: 60, tripCharge: 95 }]);
    expect(model.travelZones[1].tripCharge).toBe(65);
    expect(leversDiff(model, { zones: { "40": 75 } })).toEqual([
      { lever: { kind: "zone", upTo: 40 }, label: "Trip charge up to 40", from: 65, to: 75 },
    ]);
    expect(validateLevers({ zones: { "25": -1 } }).map((p) => p.message)).toEqual(["Trip charge up to 25 cannot be -1: enter 0 or more."]);
  });

  it("puts the levers people move most first, each zone in place of the idle Trip charge, and folds the rest", () => {
    const { model } = parsed();
    const catalogue = leverCatalogue(model);
    expect(catalogue.filter((e) => e.group === "main").map((e) => e.label)).toEqual([
      "Hourly rate", "Free travel radius", "Trip charge up to 25", "Trip charge up to 40", "Trip charge up to 60",
      "Essentials monthly fee", "Business monthly fee", "Managed monthly fee", "Premier monthly fee",
    ]);
    expect(catalogue.some((e) => e.label === "Trip charge")).toBe(false);
    expect(catalogue.filter((e) => e.group === "mix").map((e) => e.label)).toEqual(["Home clients", "Small business clients", "Large business clients"]);
    // Every lever once: 15 settings (Trip charge idle; the two renewal levers), 4 tiers × 7, 3 zones, 3 segments.
    expect(new Set(catalogue.map((e) => e.key)).size).toBe(catalogue.length);
    expect(catalogue).toHaveLength(15 + 28 + 3 + 3);
    const noZones = leverCatalogue({ ...model, travelZones: [] });
    expect(noZones.filter((e) => e.group === "main").map((e) => e.label).slice(0, 3)).toEqual(["Hourly rate", "Free travel radius", "Trip charge"]);
  });

  it("Apply writes a zone's trip charge into its Trip charge cell, and reading that back gives the what-if's model", () => {
    const { model, cells } = parsed();
    const plan = planLeverWrites({ zones: { "40": 75 } }, model, cells);
    expect(plan.notWritten).toEqual([]);
    expect(plan.writes.map((w) => [w.address, w.value, w.expected])).toEqual([["'Travel Zones'!B3", 75, 65]]);
    const reread = parsed(withCells(sampleGrids(), plan.writes));
    expect(reread.model.travelZones).toEqual(applyLevers(model, { zones: { "40": 75 } }).travelZones);
  });
});
