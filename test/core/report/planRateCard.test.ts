/**
 * The Rate Card as a price list (PRICING.md §5): pay as you go and each tier side by side, each
 * price as a client reads it, nothing for the consultant's eyes, one portrait page on Letter and A4.
 * Expectations are worked out by hand from the §5 rules and the fixtures' figures.
 */
import { planRateCardSheet, tierPrice } from "../../../src/core/report/sheets/planRateCard";
import { RATE_CARD_SHEET } from "../../../src/core/report/outputs/names";
import { parseRangeA1 } from "../../../src/core/workbook/address";
import type { Analysis, RateCardTier } from "../../../src/core/pricing/results";
import type { SheetSpec } from "../../../src/core/report/sheetPlan";
import type { CellValue } from "../../../src/core/workbook/grid";
import { runFlow } from "../../../src/core/flow";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { handAnalysis, handModel } from "./fixtures";
import { block, blockRect, valueAt } from "./planHelpers";
import { fitOnPage } from "./printedPage";

function withCard(change: (card: NonNullable<Analysis["rateCard"]>) => void): Analysis {
  const analysis = handAnalysis();
  change(analysis.rateCard!);
  return analysis;
}

/** The price list as a client reads it: row label → the cells under Pay as you go and each tier. */
function priceList(spec: SheetSpec): Record<string, CellValue[]> {
  const [header, ...rows] = block(spec, "priceList").values;
  expect(header![0]).toBeNull();
  return Object.fromEntries(rows.map((r) => [r[0] === null ? `(${rows.indexOf(r)})` : String(r[0]), r.slice(1)]));
}

/** Every string the card prints, joined. */
function allText(spec: SheetSpec): string {
  return spec.blocks.flatMap((b) => b.values.flat()).filter((v) => v !== null).map(String).join("\n");
}

const sampleCard = () => runFlow(sampleGrids()).plan!.sheets.find((s) => s.name === RATE_CARD_SHEET)!;

const tier = (t: Partial<RateCardTier>): RateCardTier => ({
  tier: "T", monthlyFee: 0, includedHours: 0, responseTime: null, travelIncluded: false, extraHourRate: 95,
  includedValue: 0, saving: 0, perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 0, ...t,
});

describe("Rate Card: the heading", () => {
  const sheet = planRateCardSheet(handAnalysis(), handModel());

  it("is headed with the business name, what the page is, and the Contact setting", () => {
    expect(sheet.name).toBe(RATE_CARD_SHEET);
    expect(valueAt(sheet, "A1")).toBe("Summit IT");
    expect(valueAt(sheet, "A2")).toBe("Service agreements and prices");
    const withContact = planRateCardSheet(handAnalysis(), handModel({ contact: "555-0100 · help@summit.example" }));
    expect(valueAt(withContact, "A3")).toBe("555-0100 · help@summit.example");
    // No Contact: no empty line, the accent rule under the subtitle instead.
    expect(sheet.blocks.some((b) => b.id === "contact")).toBe(false);
    expect(block(sheet, "subtitle").rowLooks![0]!.rule).toBeDefined();
  });
});

describe("Rate Card: the price list", () => {
  const sheet = planRateCardSheet(handAnalysis(), handModel());

  it("puts pay as you go and each tier side by side, in the Tiers table's order", () => {
    expect(block(sheet, "priceList").values[0]).toEqual([null, "Pay as you go", "Essentials", "Business"]);
    expect(block(sheet, "priceList").table).toBeUndefined(); // a printed page, not an Excel table
  });

  it("compares pay as you go with each tier: price, hours, labour, minimum, increment, travel, response, onboarding, term", () => {
    // Hand figures: hourly rate $125, agreement rate $95, minimum 1 h, 15-minute increment, $45 trip charge beyond 15 miles.
    expect(priceList(sheet)).toEqual({
      Price: ["$125 an hour", "$250 a month", "$900 a month"],
      "Included hours": ["—", "2 hours a month", "8 hours a month"],
      "Hourly rate": ["$125 per hour", "$95 per extra hour", "$95 per extra hour"],
      "Minimum per visit": ["1 hour", "No minimum", "No minimum"],
      "Billed in steps of": ["15 minutes", "15 minutes", "15 minutes"],
      "Travel beyond 15 miles": ["$45 trip charge per visit", "As pay as you go", "Included"],
      "Response time": ["Not guaranteed", "Within 24 hours", "Within 4 hours"],
      Onboarding: ["—", "—", "—"],
      "Contract term": ["No contract", "12 months", "12 months"],
      // Business: 8 h × $125 = $1,000 of hours for $900, a $100 saving; Essentials: 2 × $125 = $250 for $250, no saving: empty.
      "Value of the hours": [null, null, 1000],
      "You save a month": [null, null, 100],
    });
  });

  it("never prints the word None, and no bare $0", () => {
    const text = allText(sheet);
    expect(text).not.toMatch(/\bNone\b/);
    expect(text).not.toMatch(/\$0(\.00)?(?![\d,.])/);
  });

  it("labels a tier with its Segment (`for Small business`) and leaves a tier offered to everyone unlabelled", () => {
    const model = handModel();
    model.tiers[1] = { ...model.tiers[1]!, segment: "Small business" };
    model.tiers[0] = { ...model.tiers[0]!, segment: "All" };
    const list = priceList(planRateCardSheet(handAnalysis(), model));
    expect(list["(0)"]).toEqual([null, null, "for Small business"]);
    const none = priceList(sheet);
    expect(Object.values(none).some((cells) => cells.some((c) => typeof c === "string" && c.startsWith("for ")))).toBe(false);
  });

  it("lists the onboarding fee charged once, and the contract term", () => {
    const analysis = withCard((c) => {
      c.contractTerm = 24;
      c.tiers[1] = { ...c.tiers[1]!, onboardingFee: 750 };
    });
    const list = priceList(planRateCardSheet(analysis, handModel()));
    expect(list.Onboarding).toEqual(["—", "—", "$750 once"]);
    expect(list["Contract term"]).toEqual(["No contract", "24 months", "24 months"]);
  });

  it("shows no saving rows when no flat tier saves the client anything", () => {
    const analysis = withCard((c) => (c.tiers[1] = { ...c.tiers[1]!, saving: 0 }));
    expect(Object.keys(priceList(planRateCardSheet(analysis, handModel())))).not.toContain("You save a month");
  });
});

describe("Rate Card: a tier's price as a client reads it (PRICING.md §5)", () => {
  it("a flat tier: max(Monthly fee, Minimum fee) a month", () => {
    expect(tierPrice(tier({ monthlyFee: 250 }), "USD")).toEqual({ headline: "$250 a month", words: null });
    expect(tierPrice(tier({ monthlyFee: 250, minimumFee: 300 }), "USD")).toEqual({ headline: "$300 a month", words: null });
  });

  it("per-unit prices: `from` the minimum as the headline, the price in words beneath", () => {
    expect(tierPrice(tier({ perUser: 85, perDevice: 5, minimumFee: 650 }), "USD")).toEqual({
      headline: "from $650 a month",
      words: "$85 per user + $5 per device, at least $650 a month",
    });
    // A Monthly fee above 0 leads the words; a minimum no more than the fee is not mentioned.
    expect(tierPrice(tier({ monthlyFee: 2000, perUser: 45, perServer: 100, minimumFee: 2500 }), "USD")).toEqual({
      headline: "from $2,500 a month",
      words: "$2,000 a month + $45 per user + $100 per server, at least $2,500 a month",
    });
    expect(tierPrice(tier({ monthlyFee: 100, perDevice: 12.5, minimumFee: 80 }), "USD")).toEqual({
      headline: "from $100 a month",
      words: "$100 a month + $12.50 per device",
    });
  });

  it("per-unit prices and neither a fee nor a minimum: the words are the headline, never $0", () => {
    expect(tierPrice(tier({ perUser: 40 }), "USD")).toEqual({ headline: "$40 per user", words: null });
    expect(tierPrice(tier({}), "USD")).toEqual({ headline: "No monthly fee", words: null });
  });
});

describe("Rate Card: the sample", () => {
  const sheet = sampleCard();
  const list = priceList(sheet);

  it("has no $0.00 and no None (issue 17: Managed printed as `Monthly fee $0.00`, `$45.00None`)", () => {
    const text = allText(sheet);
    expect(text).not.toContain("$0.00");
    expect(text).not.toMatch(/None/);
  });

  it("prices Managed per user with its $650 minimum in words, and labels the tiers with their segments", () => {
    const header = block(sheet, "priceList").values[0]!;
    const managed = header.indexOf("Managed") - 1;
    expect(list.Price![managed]).toBe("from $650 a month");
    expect(list["(2)"]![managed]).toBe("$85 per user + $5 per device + $100 per server, at least $650 a month");
    expect(list["(0)"]).toEqual([null, "for Home", "for Small business", "for Small business", "for Large business"]);
    // Managed is priced per unit: no included value or saving, even though $1,000 of hours − $0 fee would read as one.
    expect(list["You save a month"]![managed]).toBeNull();
  });

  it("prints nothing for the consultant: a workbook without Benefits gets no note on the card", () => {
    const noBenefits = runFlow(sampleGrids().filter((g) => g.key !== "benefits"));
    expect(noBenefits.analysis.warnings.some((w) => /Benefits table/.test(w.message))).toBe(true); // said in the notes and the pane
    const card = noBenefits.plan!.sheets.find((s) => s.name === RATE_CARD_SHEET)!;
    expect(allText(card)).not.toMatch(/benefit.*listed|add them|at least 6/i);
    expect(card.blocks.some((b) => b.style === "note")).toBe(false);
    expect(allText(card)).not.toContain("Why an agreement"); // no heading over nothing
  });
});

describe("Rate Card: the terms", () => {
  it("say prices rise at each anniversary when the Annual increase is more than 0 (PRICING.md §5c)", () => {
    const terms = (increase: number) => block(planRateCardSheet(handAnalysis(), handModel({ annualIncrease: increase })), "terms").values.map((r) => r[0]);
    expect(terms(0.05)).toContain("Agreement prices rise by 5% at each anniversary.");
    expect(terms(0.035)).toContain("Agreement prices rise by 3.5% at each anniversary.");
    expect(terms(0).join(" ")).not.toMatch(/rise/);
  });
});

describe("Rate Card travel wording", () => {
  const travel = (a: Analysis) => {
    const list = priceList(planRateCardSheet(a, handModel()));
    return Object.entries(list).find(([k]) => k.startsWith("Travel beyond"))!;
  };

  it("spells out travel zones, mileage and drive-time charges", () => {
    const zoned = withCard((c) => {
      c.payAsYouGo.travelZones = [{ upTo: 25, tripCharge: 45 }, { upTo: 40, tripCharge: 65 }];
      c.payAsYouGo.mileageRate = 0.5;
      c.payAsYouGo.travelTimeRate = 60;
    });
    // Past the last zone its charge applies too (PRICING.md §1): the 40-mile zone reads "over 25 miles".
    expect(travel(zoned)[1][0]).toBe(
      "Trip charge per visit:\nup to 25 miles: $45\nover 25 miles: $65, plus $0.50 per mile driven, round trip, plus $60 per hour of drive time, round trip",
    );
  });

  it("leaves out a zone that ends inside the free radius: it can never be charged", () => {
    const zoned = withCard((c) => {
      c.payAsYouGo.freeTravelRadius = 25;
      c.payAsYouGo.travelZones = [{ upTo: 25, tripCharge: 45 }, { upTo: 40, tripCharge: 65 }, { upTo: 60, tripCharge: 95 }];
    });
    expect(travel(zoned)).toEqual(["Travel beyond 25 miles", ["Trip charge per visit:\nup to 40 miles: $65\nover 40 miles: $95", "As pay as you go", "Included"]]);
  });

  it("uses the workbook's distance unit and currency", () => {
    const km = withCard((c) => {
      c.distanceUnit = "km";
      c.currency = "EUR";
      c.payAsYouGo.freeTravelRadius = 20;
    });
    expect(travel(km)).toEqual(["Travel beyond 20 km", ["€45 trip charge per visit", "As pay as you go", "Included"]]);
    expect(priceList(planRateCardSheet(km, handModel())).Price![0]).toBe("€125 an hour");
  });

  it("says when there is no travel charge, no minimum and no rounding", () => {
    const a = withCard((c) => {
      c.payAsYouGo.tripCharge = 0;
      c.payAsYouGo.minimumHoursPerVisit = 0;
      c.payAsYouGo.billingIncrement = 0;
      c.agreement.billingIncrement = 0;
    });
    const list = priceList(planRateCardSheet(a, handModel()));
    expect(list["Travel beyond 15 miles"]![0]).toBe("No travel charge");
    expect(list["Minimum per visit"]![0]).toBe("No minimum");
    expect(list["Billed in steps of"]![0]).toBe("Exact time (no rounding)");
  });
});

describe("Rate Card on paper", () => {
  it("prints portrait on one page, its print area covering every block", () => {
    const sheet = sampleCard();
    expect(sheet.print?.orientation).toBe("portrait");
    expect(sheet.print?.fitToPages).toEqual({ wide: 1, tall: 1 });
    const area = parseRangeA1(sheet.print!.printArea);
    expect([area.top, area.left]).toEqual([0, 0]);
    for (const b of sheet.blocks) {
      const r = blockRect(b);
      expect(r.bottom).toBeLessThanOrEqual(area.bottom);
      expect(r.right).toBeLessThanOrEqual(area.right);
    }
  });

  it.each(["Letter", "A4"] as const)("fits the sample's card on %s at no less than 95%% of its size", (paper) => {
    expect(fitOnPage(sampleCard(), paper).scale).toBeGreaterThanOrEqual(0.95);
  });

  it("puts tiers beyond the fourth in a second band under the first, so the page stays portrait", () => {
    const analysis = withCard((c) => {
      c.tiers = Array.from({ length: 6 }, (_, i) => ({ ...c.tiers[0]!, tier: `Tier ${i + 1}` }));
    });
    const sheet = planRateCardSheet(analysis, handModel());
    expect(block(sheet, "priceList").values[0]).toEqual([null, "Pay as you go", "Tier 1", "Tier 2", "Tier 3", "Tier 4"]);
    expect(block(sheet, "priceList2").values[0]).toEqual([null, "Tier 5", "Tier 6", null, null, null]);
    expect(sheet.columnWidths).toHaveLength(6);
  });
});
