/**
 * Tier recommendation (PRICING.md §2) for the §8 client: hourlyRevenue 777.50, cost 410.
 * Margin bar at target 0.5: (R − 410) / R ≥ 0.5 ⟺ R ≥ 820. Premium cap: R ≤ 777.5 × 1.25 = 971.875.
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { meetsMarginBar, withinPremiumCap } from "../../../src/core/pricing/recommendTier";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";
import type { Client, Tier } from "../../../src/core/workbook/model";
import { ACME_DENTAL, makeClient, makeModel, makeTier } from "./fixtures";

const hourlyAcme: Client = { ...ACME_DENTAL, tier: null };
/** Travel included and 8 h included: the agreement revenue is exactly the fee for this client. */
const flat = (name: string, fee: number): Tier =>
  makeTier({ name, monthlyFee: fee, includedHours: 8, travelIncluded: true });
const recommend = (tiers: Tier[], client: Client = hourlyAcme) => analyze(makeModel({ tiers, clients: [client] })).clients[0];

describe("recommended tier", () => {
  it("skips tiers below the margin bar and above the premium cap", () => {
    const starter = makeTier({ name: "Starter", monthlyFee: 250, includedHours: 2 }); // 250 + 3.5×95 + 90 = 672.5 < 820
    const row = recommend([starter, flat("Business", 900), flat("Premium", 2500)]); // 2500 > 971.875
    expect(row.recommendedTier).toBe("Business");
    expect(row.recommendedRevenue).toBe(900);
  });

  it("takes the largest margin among those that qualify", () => {
    // Plus includes 10 h for 950, Business 8 h for 900: neither gives Acme more for less. Margins 490 and 540.
    const plus = makeTier({ name: "Plus", monthlyFee: 950, includedHours: 10, travelIncluded: true });
    const row = recommend([flat("Business", 900), plus]);
    expect(row.recommendedTier).toBe("Plus");
    expect(row.recommendedRevenue).toBe(950);
  });

  it("accepts a fee exactly at the margin bar, refuses one a cent under", () => {
    expect(recommend([flat("AtBar", 820)]).recommendedTier).toBe("AtBar"); // (820 − 410)/820 = 0.5
    expect(recommend([flat("Under", 819.99)]).recommendedTier).toBe("Hourly");
  });

  it("accepts a fee exactly at the premium cap, refuses one above", () => {
    expect(recommend([flat("AtCap", 971.875)]).recommendedTier).toBe("AtCap");
    expect(recommend([flat("Over", 972)]).recommendedTier).toBe("Hourly");
  });

  it("breaks a tie in margin by the lower fee, whatever the row order", () => {
    // A: 900 travel included; B: 810 + 2 × 45 travel = 900. Same revenue, same margin 490.
    const b = makeTier({ name: "B", monthlyFee: 810, includedHours: 8 });
    expect(recommend([flat("A", 900), b]).recommendedTier).toBe("B");
    expect(recommend([b, flat("A", 900)]).recommendedTier).toBe("B");
  });

  it("breaks a full tie by the earlier row", () => {
    expect(recommend([flat("First", 900), flat("Second", 900)]).recommendedTier).toBe("First");
    expect(recommend([flat("Second", 900), flat("First", 900)]).recommendedTier).toBe("Second");
  });

  it("is Hourly, at the hourly revenue, when nothing qualifies", () => {
    const row = recommend([flat("Premium", 2500)]);
    expect(row.recommendedTier).toBe("Hourly");
    expect(row.recommendedRevenue).toBe(777.5);
  });

  it("considers a fee-0 pay-per-use tier on its overage and travel", () => {
    // 0 + 5.5 × 150 + 2 × 45 = 915: margin 505 (0.552), under the cap: beats Business' 490. It
    // promises a 1-hour response that Business does not, so Business (less money, more hours) does not dominate it.
    const payPerUse = makeTier({ name: "Pay per use", monthlyFee: 0, extraHourRate: 150, responseTime: 1 });
    const row = recommend([flat("Business", 900), payPerUse]);
    expect(row.recommendedTier).toBe("Pay per use");
    expect(row.recommendedRevenue).toBe(915);
  });

  it("never recommends a tier that would earn nothing", () => {
    // No work at all: fee-0 tier revenue 0 (excluded); fee-100 tier is above 0 × 1.25 (cap)
    const idle = makeClient();
    const row = recommend([makeTier({ name: "Free" }), flat("Paid", 100)], idle);
    expect(row.recommendedTier).toBe("Hourly");
    expect(row.recommendedRevenue).toBe(0);
  });

  it("does not depend on the client's current tier", () => {
    const onPremium = recommend([flat("Business", 900), flat("Premium", 2500)], { ...ACME_DENTAL, tier: "Premium" });
    expect(onPremium.currentRevenue).toBe(2500);
    expect(onPremium.recommendedTier).toBe("Business");
  });
});

describe("the two tests, on their own", () => {
  const s = DEFAULT_SETTINGS;
  it("margin bar allows 1e-9 of float noise and needs positive revenue", () => {
    expect(meetsMarginBar(100, 50, s)).toBe(true); // 0.5
    expect(meetsMarginBar(100, 50.00000005, s)).toBe(true); // 0.4999999995: within 1e-9 of the bar
    expect(meetsMarginBar(100, 50.000001, s)).toBe(false); // 0.49999999: 1e-8 short
    expect(meetsMarginBar(0, 0, s)).toBe(false);
  });
  it("premium cap allows 1e-9 of float noise", () => {
    expect(withinPremiumCap(125, 100, s)).toBe(true); // 100 × 1.25
    expect(withinPremiumCap(125.0000000005, 100, s)).toBe(true); // 5e-10 over
    expect(withinPremiumCap(125.000001, 100, s)).toBe(false); // 1e-6 over
  });
});
