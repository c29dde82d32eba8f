/**
 * PRICING.md v3 §8b, to the cent: seats, tools, a minimum fee, onboarding and capacity, and the
 * v3 rule that a tier another tier beats for the client (more hours for less over the contract) is
 * never recommended. The workbook (test/support/workedExamples.ts) is typed the way an MSP would
 * (Seats, Endpoints, Floor, Setup fee) and read by the parser.
 */
import { workedExampleSeats } from "../../support/workedExamples";
import { cents } from "./fixtures";

const { parsed, analysis } = workedExampleSeats();
const [acme, harbor, cedar] = analysis.clients;
const option = (row: typeof acme, tier: string) => row.tierOptions.find((o) => o.tier === tier)!;

describe("PRICING.md §8b worked example", () => {
  it("reads the MSP's spellings with no errors", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.model!.tiers[1]).toMatchObject({ perUser: 45, perDevice: 10, perServer: 150, minimumFee: 600, onboardingFee: 750 });
    expect(parsed.model!.clients[1]).toMatchObject({ users: 8, devices: 10, servers: 1 });
  });

  it("Acme Dental: as §8, but Business is dominated by Business Plus (7,950 ≤ 11,300 over the term, 10 h ≥ 8 h) → Hourly", () => {
    expect(cents(acme.toolCost)).toBe(0);
    expect(cents(acme.agreementCost)).toBe(410);
    expect(cents(acme.cost)).toBe(410);
    // Business: 900, margin 490 = 54 % and under 777.50 × 1.25 — but Business Plus gives Acme more for less.
    expect(option(acme, "Business")).toMatchObject({ tierFee: 900, revenue: 900, offered: true, dominatedBy: "Business Plus", qualifies: false });
    expect(cents(option(acme, "Business").margin)).toBe(490);
    // Business Plus: max(600, 300) = 600 a month; 12 × 600 + 750 = 7,950 against 12 × 900 + 500 = 11,300.
    expect(option(acme, "Business Plus")).toMatchObject({ tierFee: 600, revenue: 600, offered: true, dominatedBy: null, qualifies: false });
    expect(cents(option(acme, "Business Plus").margin)).toBe(190); // 190 / 600 = 0.317 < 0.5
    expect(acme.recommendedTier).toBe("Hourly");
    expect(cents(acme.recommendedRevenue)).toBe(777.5);
    expect(cents(acme.recommendedCost)).toBe(410);
    expect(cents(acme.recommendedMargin)).toBe(367.5);
    expect(acme.contractValue).toBeNull();
  });

  it("Harbor Law: tools take both tiers below the margin bar, so Hourly", () => {
    expect(cents(harbor.hourlyRevenue)).toBe(1062.5);
    expect(cents(harbor.workHours)).toBe(8.2);
    expect(cents(harbor.travelHours)).toBe(2.4);
    expect(cents(harbor.serviceCost)).toBe(527.4);
    expect(cents(harbor.toolCost)).toBe(216); // 12×8 + 8×10 + 40×1
    expect(cents(harbor.agreementCost)).toBe(743.4);
    expect(cents(harbor.targetPrice)).toBe(1486.8);
    expect(cents(option(harbor, "Business").revenue)).toBe(947.5); // 0.5 h over at 95
    expect(cents(option(harbor, "Business").margin)).toBe(204.1);
    expect(cents(option(harbor, "Business Plus").tierFee)).toBe(910); // 300 + 360 + 100 + 150
    expect(cents(option(harbor, "Business Plus").margin)).toBe(166.6);
    // 12 × 910 + 750 = 11,670 ≤ 12 × 947.50 + 500 = 11,870, and 10 h ≥ 8 h.
    expect(harbor.tierOptions.map((o) => [o.offered, o.dominatedBy, o.qualifies])).toEqual([[true, "Business Plus", false], [true, null, false]]);
    expect(harbor.recommendedTier).toBe("Hourly");
    expect(cents(harbor.cost)).toBe(527.4);
    expect(cents(harbor.currentMargin)).toBe(535.1);
    expect(cents(harbor.recommendedMargin)).toBe(535.1);
    expect(harbor.contractValue).toBeNull();
  });

  it("Cedar Bakery: the minimum binds at 600; on a tier it carries its tools; both tiers break the premium cap", () => {
    expect(cents(cedar.hourlyRevenue)).toBe(420);
    expect(cents(option(cedar, "Business Plus").tierFee)).toBe(600); // max(600, 300 + 135 + 40)
    expect(cents(cedar.agreementRevenue!)).toBe(600);
    expect(cents(cedar.serviceCost)).toBe(195.8);
    expect(cents(cedar.toolCost)).toBe(68);
    expect(cents(cedar.cost)).toBe(263.8);
    expect(cents(cedar.agreementCost)).toBe(263.8);
    expect(cents(cedar.currentMargin)).toBe(336.2);
    expect(cents(cedar.hourlyMargin)).toBe(224.2);
    expect(cents(cedar.clientSaving)).toBe(-180);
    expect(cents(cedar.effectiveRate!)).toBe(163.64);
    // Both earn the margin but exceed 420 × 1.25 = 525.
    expect(cedar.tierOptions.map((o) => o.margin / o.revenue >= 0.5)).toEqual([true, true]);
    expect(cedar.tierOptions.map((o) => [o.dominatedBy, o.qualifies])).toEqual([["Business Plus", false], [null, false]]);
    expect(cedar.recommendedTier).toBe("Hourly");
    expect(cents(cedar.recommendedCost)).toBe(195.8);
    expect(cents(cedar.recommendedMargin)).toBe(224.2);
  });

  it("totals and capacity: 22.13 of 120 hours, 18.4 %", () => {
    const t = analysis.totals;
    expect(cents(t.currentRevenue)).toBe(2562.5);
    expect(cents(t.cost)).toBe(1201.2);
    expect(cents(t.currentMargin)).toBe(1361.3);
    expect(cents(t.recommendedRevenue)).toBe(2260);
    expect(cents(t.recommendedCost)).toBe(1133.2);
    expect(cents(t.recommendedMargin)).toBe(1126.8);
    expect(cents(t.contractValue)).toBe(0);
    expect(analysis.segments[0]).toMatchObject({ segment: "Small business", actualRevenue: null });
    expect(cents(analysis.segments[0].contractValue)).toBe(0);
    expect(cents(analysis.capacity.usedHours)).toBe(22.13);
    expect(analysis.capacity.availableHours).toBe(120);
    expect(Math.round(analysis.capacity.utilisation * 10000) / 10000).toBe(0.1844);
  });

  it("reports the §6 shape: timeLog null per client and in the report", () => {
    expect(acme.timeLog).toBeNull();
    expect(analysis.timeLog).toBeNull();
    expect(analysis.rateCard!.contractTerm).toBe(12);
    expect(analysis.rateCard!.tiers[1]).toMatchObject({ perUser: 45, perDevice: 10, perServer: 150, minimumFee: 600, onboardingFee: 750 });
  });
});
