import { planRateCardSheet } from "../../../src/core/report/sheets/planRateCard";
import { RATE_CARD_SHEET } from "../../../src/core/report/outputs/names";
import { parseRangeA1 } from "../../../src/core/workbook/address";
import type { Analysis } from "../../../src/core/pricing/results";
import { handAnalysis, handModel } from "./fixtures";
import { block, blockRect, formatAt, valueAt, addressIn } from "./planHelpers";

function withCard(change: (card: NonNullable<Analysis["rateCard"]>) => void): Analysis {
  const analysis = handAnalysis();
  change(analysis.rateCard!);
  return analysis;
}

const comparison = (a: Analysis) => {
  const rows = block(planRateCardSheet(a, handModel()), "comparison").values;
  return Object.fromEntries(rows.slice(1).map((r) => [r[0], [r[1], r[2]]]));
};

describe("Rate Card", () => {
  const sheet = planRateCardSheet(handAnalysis(), handModel());

  it("is headed with the business name", () => {
    expect(sheet.name).toBe(RATE_CARD_SHEET);
    expect(valueAt(sheet, "A1")).toBe("Summit IT");
  });

  it("prints the Contact setting beside its subtitle, and only the subtitle when Contact is blank", () => {
    expect(block(sheet, "subtitle").values).toEqual([["Service agreements: rate card"]]);
    const withContact = planRateCardSheet(handAnalysis(), handModel({ contact: "555-0100 · help@summit.example" }));
    expect(block(withContact, "subtitle").values).toEqual([["Service agreements: rate card · 555-0100 · help@summit.example"]]);
  });

  it("compares pay-as-you-go with an agreement: labour, minimum, increment, travel, response time", () => {
    const c = block(sheet, "comparison");
    expect(c.table).toBeDefined();
    expect(c.values[0]).toEqual(["Terms", "Pay as you go", "Service agreement"]);
    expect(comparison(handAnalysis())).toEqual({
      "Labour rate": ["$125.00 per hour", "Included hours, then $95.00 per hour"],
      "Minimum per visit": ["1 hour", "None"],
      "Billing increment": ["15 minutes", "15 minutes"],
      "Travel beyond 15 miles (one way)": ["$45.00 trip charge per visit", "Included on Business; other tiers as pay as you go"],
      "Response time": ["No guaranteed response time", "Within 4 hours (Business)"],
      "Contract term": ["None: pay as you go", "12 months"], // PRICING.md v2 §5
    });
  });

  it("has one row per tier: fee, included hours, response, travel, included value and saving", () => {
    const tiers = block(sheet, "tiers");
    expect(tiers.values[0]).toEqual([
      "Tier", "Monthly fee", "Included hours", "Response time", "Travel", "Extra hour rate", "Included value", "You save",
    ]);
    // Short cells: "24 h" reads at a glance in a narrow column ("Within 24 hours" wrapped in three lines).
    expect(tiers.values[2]).toEqual(["Business", 900, 8, "4 h", "Included", 95, 1000, 100]);
    expect(tiers.values[1]).toEqual(["Essentials", 250, 2, "24 h", "Charged", 95, 250, 0]);
    expect(formatAt(sheet, addressIn(tiers, 2, 1))).toBe('"$"#,##0.00');
    expect(formatAt(sheet, addressIn(tiers, 2, 2))).toBeNull(); // General: 8 and 1.5, not 8.00
    expect(formatAt(sheet, addressIn(tiers, 2, 7))).toBe('"$"#,##0.00');
  });

  it("adds no per-unit, minimum or onboarding columns when no tier has them", () => {
    expect(sheet.blocks.some((b) => b.id === "tierUnits")).toBe(false);
    expect(block(sheet, "tiersNote").values).toHaveLength(1);
  });

  it("lists per-unit prices, minimums and onboarding fees under the tiers when any tier has them (PRICING.md v2 §5)", () => {
    const analysis = withCard((c) => {
      c.contractTerm = 24;
      c.tiers[1] = { ...c.tiers[1], perUser: 45, perServer: 150, minimumFee: 600, onboardingFee: 750 };
    });
    const card = planRateCardSheet(analysis, handModel());
    const units = block(card, "tierUnits");
    expect(units.table?.name).toBe("RateCardTierUnits");
    // Only the columns some tier uses: no tier prices devices.
    expect(units.values).toEqual([
      ["Tier", "Per user", "Per server", "Minimum fee", "Onboarding fee"],
      ["Essentials", "None", "None", "None", "None"],
      ["Business", 45, 150, 600, 750],
    ]);
    expect(formatAt(card, addressIn(units, 2, 1))).toBe('"$"#,##0.00');
    expect(block(card, "tiersNote").values[1][0]).toBe(
      "Per-unit prices are added to the monthly fee, which is never below the minimum fee; onboarding is charged once.",
    );
    expect(comparison(analysis)["Contract term"]).toEqual(["None: pay as you go", "24 months"]);
    // Still one page wide: the same eight columns.
    expect(card.print?.printArea).toMatch(/^A1:H\d+$/);
    const last = Math.max(...card.blocks.map((b) => blockRect(b).bottom));
    expect(card.print?.printArea).toBe(`A1:H${last + 1}`);
  });

  it("lists the benefits, with a visible note when there are fewer than six", () => {
    expect(block(sheet, "benefits").values).toEqual([["• Predictable fee"], ["• Included hours"], ["• Fast response"]]);
    expect(block(sheet, "benefitsWarning").values[0][0]).toBe(
      "Only 3 benefits are listed: a rate card should show at least 6. Add them to the Benefits table.",
    );
    const six = planRateCardSheet(withCard((c) => (c.benefits = ["a", "b", "c", "d", "e", "f"])), handModel());
    expect(six.blocks.some((b) => b.id === "benefitsWarning")).toBe(false);
    expect(block(six, "benefits").values).toHaveLength(6);
    const none = planRateCardSheet(withCard((c) => (c.benefits = [])), handModel());
    expect(block(none, "benefitsWarning").values[0][0]).toContain("Only 0 benefits");
  });

  it("prints portrait on one page, its print area covering every block", () => {
    expect(sheet.print?.orientation).toBe("portrait");
    expect(sheet.print?.fitToPages).toEqual({ wide: 1, tall: 1 });
    const area = parseRangeA1(sheet.print!.printArea);
    expect(area.top).toBe(0);
    expect(area.left).toBe(0);
    for (const b of sheet.blocks) {
      const r = blockRect(b);
      expect(r.bottom).toBeLessThanOrEqual(area.bottom);
      expect(r.right).toBeLessThanOrEqual(area.right);
    }
    const widths = sheet.columnWidths!.slice(0, area.right + 1) as number[];
    expect(widths).toHaveLength(8);
  });
});

describe("Rate Card travel and response wording", () => {
  it("spells out travel zones, mileage and drive-time charges", () => {
    const zoned = withCard((c) => {
      c.payAsYouGo.travelZones = [{ upTo: 25, tripCharge: 45 }, { upTo: 40, tripCharge: 65 }];
      c.payAsYouGo.mileageRate = 0.5;
      c.payAsYouGo.travelTimeRate = 60;
    });
    // Past the last zone its charge applies too (PRICING.md §1): the 40-mile zone reads "over 25 miles".
    expect(comparison(zoned)["Travel beyond 15 miles (one way)"][0]).toBe(
      "Trip charge per visit by distance:\nup to 25 miles: $45.00\nover 25 miles: $65.00, " +
        "plus $0.50 per mile driven, round trip, plus $60.00 per hour of drive time, round trip",
    );
  });

  it("leaves out a zone that ends inside the free radius: it can never be charged", () => {
    const zoned = withCard((c) => {
      c.payAsYouGo.freeTravelRadius = 25;
      c.payAsYouGo.travelZones = [{ upTo: 25, tripCharge: 45 }, { upTo: 40, tripCharge: 65 }, { upTo: 60, tripCharge: 95 }];
    });
    expect(comparison(zoned)["Travel beyond 25 miles (one way)"][0]).toBe(
      "Trip charge per visit by distance:\nup to 40 miles: $65.00\nover 40 miles: $95.00",
    );
  });

  it("says when travel is free, included on every tier, or on none", () => {
    const free = withCard((c) => {
      c.payAsYouGo.tripCharge = 0;
      c.agreement.tiersIncludingTravel = ["Essentials", "Business"];
    });
    expect(comparison(free)["Travel beyond 15 miles (one way)"]).toEqual(["No travel charge", "Included"]);
    const none = withCard((c) => (c.agreement.tiersIncludingTravel = []));
    expect(comparison(none)["Travel beyond 15 miles (one way)"][1]).toBe("As pay as you go");
  });

  it("uses the workbook's distance unit and currency", () => {
    const km = withCard((c) => {
      c.distanceUnit = "km";
      c.currency = "EUR";
      c.payAsYouGo.freeTravelRadius = 20;
    });
    const rows = comparison(km);
    expect(rows["Travel beyond 20 km (one way)"]).toEqual(["€45.00 trip charge per visit", "Included on Business; other tiers as pay as you go"]);
    expect(rows["Labour rate"][0]).toBe("€125.00 per hour");
  });

  it("says no response time is promised when no tier promises one, and no minimum when there is none", () => {
    const a = withCard((c) => {
      c.agreement.fastestResponseTime = null;
      c.payAsYouGo.minimumHoursPerVisit = 0;
      c.payAsYouGo.billingIncrement = 0;
      c.agreement.billingIncrement = 0;
    });
    const rows = comparison(a);
    expect(rows["Response time"][1]).toBe("Not promised");
    expect(rows["Minimum per visit"]).toEqual(["None", "None"]);
    expect(rows["Billing increment"][0]).toBe("Exact time (no rounding)");
  });
});
