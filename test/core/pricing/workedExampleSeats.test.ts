/**
 * PRICING.md §8b, to the cent: seats, tools, a minimum fee, onboarding and capacity. The workbook
 * is typed the way an MSP would (Seats, Endpoints, Floor, Setup fee) and read by the parser.
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { grid, settingsGrid } from "../workbook/helpers";
import { cents } from "./fixtures";

const parsed = parseModel([
  settingsGrid([["Tool cost per user", 12], ["Tool cost per device", "$8"], ["Tool cost per server", 40]]),
  grid("tiers", [
    ["Tier", "Monthly fee", "Per seat", "Per endpoint", "Per server", "Floor", "Included hours", "Travel included", "Setup fee"],
    ["Business", 900, null, null, null, null, 8, "Yes", 500],
    ["Business Plus", 300, 45, 10, 150, 600, 10, "Yes", 750],
  ]),
  grid("clients", [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Seats", "Endpoints", "Servers", "Drive minutes"],
    ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, null, null, null, null],
    ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, 8, 10, 1, null],
    ["Cedar Bakery", "Small business", "Business Plus", 22, 1, 0.5, 2, 3, 4, 0, 35],
  ]),
  grid("benefits", [["Benefit"], ["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]),
]);
const analysis = analyze(parsed.model!);
const [acme, harbor, cedar] = analysis.clients;
const option = (row: typeof acme, tier: string) => row.tierOptions.find((o) => o.tier === tier)!;

describe("PRICING.md §8b worked example", () => {
  it("reads the MSP's spellings with no errors", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.model!.tiers[1]).toMatchObject({ perUser: 45, perDevice: 10, perServer: 150, minimumFee: 600, onboardingFee: 750 });
    expect(parsed.model!.clients[1]).toMatchObject({ users: 8, devices: 10, servers: 1 });
  });

  it("Acme Dental: as §8, Business Plus floored at 600 and short of the margin; 11,300 over the term", () => {
    expect(cents(acme.toolCost)).toBe(0);
    expect(cents(acme.agreementCost)).toBe(410);
    expect(cents(acme.cost)).toBe(410);
    expect(option(acme, "Business")).toMatchObject({ tierFee: 900, qualifies: true });
    expect(cents(option(acme, "Business").margin)).toBe(490);
    expect(cents(option(acme, "Business Plus").tierFee)).toBe(600);
    expect(cents(option(acme, "Business Plus").margin)).toBe(190);
    expect(option(acme, "Business Plus").qualifies).toBe(false); // 190 / 600 = 0.317 < 0.5
    expect(acme.recommendedTier).toBe("Business");
    expect(cents(acme.recommendedMargin)).toBe(490);
    expect(cents(acme.contractValue!)).toBe(11300); // 12 × 900 + 500
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
    expect(harbor.tierOptions.map((o) => o.qualifies)).toEqual([false, false]);
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
    expect(cedar.tierOptions.map((o) => o.qualifies)).toEqual([false, false]);
    expect(cedar.recommendedTier).toBe("Hourly");
    expect(cents(cedar.recommendedCost)).toBe(195.8);
    expect(cents(cedar.recommendedMargin)).toBe(224.2);
  });

  it("totals and capacity: 22.13 of 120 hours, 18.4 %", () => {
    const t = analysis.totals;
    expect(cents(t.currentRevenue)).toBe(2562.5);
    expect(cents(t.cost)).toBe(1201.2);
    expect(cents(t.currentMargin)).toBe(1361.3);
    expect(cents(t.recommendedRevenue)).toBe(2382.5);
    expect(cents(t.recommendedCost)).toBe(1133.2);
    expect(cents(t.recommendedMargin)).toBe(1249.3);
    expect(cents(t.contractValue)).toBe(11300);
    expect(analysis.segments[0]).toMatchObject({ segment: "Small business", actualRevenue: null });
    expect(cents(analysis.segments[0].contractValue)).toBe(11300);
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
