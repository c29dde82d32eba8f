/** PRICING.md §8, to the cent. */
import { analyze } from "../../../src/core/pricing/analyze";
import { ACME_DENTAL, BUSINESS, cents, makeModel } from "./fixtures";

describe("PRICING.md §8 worked example: Acme Dental on Business", () => {
  const row = analyze(makeModel({ tiers: [BUSINESS], clients: [ACME_DENTAL] })).clients[0];

  it("bills 777.50 by the hour: 2×1.25×125 + 3×125 + 2×45", () => {
    expect(cents(row.hourlyRevenue)).toBe(777.5);
    expect(cents(row.travelCharges)).toBe(90);
  });

  it("pays 900.00 on Business (5.5 h ≤ 8 h included, travel included), saving −122.50", () => {
    expect(row.tier).toBe("Business");
    expect(cents(row.agreementRevenue as number)).toBe(900);
    expect(cents(row.currentRevenue)).toBe(900);
    expect(cents(row.clientSaving)).toBe(-122.5);
  });

  it("costs 410.00: 45 × (5.2 + 2.6667) + 0.70 × 2 × 40", () => {
    expect(cents(row.workHours)).toBe(5.2);
    expect(cents(row.travelHours)).toBe(2.67);
    expect(cents(row.cost)).toBe(410);
  });

  it("earns 490.00 at 114.41 an hour; target price 820.00 (410 / 0.5)", () => {
    expect(cents(row.currentMargin)).toBe(490);
    expect(cents(row.hourlyMargin)).toBe(367.5); // 777.5 − 410
    expect(cents(row.effectiveRate as number)).toBe(114.41); // 900 / 7.8667
    expect(cents(row.targetPrice)).toBe(820);
  });

  it("recommends Business (490/900 = 0.544 ≥ 0.5 and 900 ≤ 777.5 × 1.25 = 971.875)", () => {
    expect(row.recommendedTier).toBe("Business");
    expect(cents(row.recommendedRevenue)).toBe(900);
    // The only tier: offered to every client (no Segment), beaten by no other.
    expect(row.tierOptions).toEqual([expect.objectContaining({ tier: "Business", offered: true, dominatedBy: null, qualifies: true })]);
    expect(cents(row.contractValue!)).toBe(10800); // 12 × 900, no onboarding fee
  });
});
