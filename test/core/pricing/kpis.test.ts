import { analyze } from "../../../src/core/pricing/analyze";
import { kpis } from "../../../src/core/pricing/kpis";
import type { SegmentFigures } from "../../../src/core/pricing/results";
import { ACME_DENTAL, BUSINESS, cents, makeModel } from "./fixtures";

const totals: SegmentFigures = {
  clients: 5,
  workHours: 10,
  travelHours: 2,
  hourlyRevenue: 1000,
  currentRevenue: 1200,
  recommendedRevenue: 1500,
  cost: 600,
  currentMargin: 600,
  recommendedCost: 700,
  recommendedMargin: 800,
  contractValue: 9000,
  actualRevenue: null,
  annualRevenuePerClient: 2880,
  revenuePerHour: 100,
};

describe("kpis", () => {
  it("annualises the totals and derives the margins", () => {
    const capacity = { availableHours: 120, usedHours: 12, utilisation: 0.1 };
    const k = kpis({ totals, capacity, equivalence: { homeClientsPerSmallBusiness: 4, homeClientsToMatchSmallBusinessBook: 20 } });
    expect(k).toEqual({
      clients: 5,
      annualHourlyRevenue: 12000, // 12 × 1000
      annualCurrentRevenue: 14400, // 12 × 1200
      annualRecommendedRevenue: 18000, // 12 × 1500
      annualCost: 7200, // 12 × 600
      annualCurrentMargin: 7200, // 12 × 600
      currentMarginPct: 0.5, // 600 / 1200
      annualRecommendedMargin: 9600, // 12 × recommendedMargin 800 (1500 − the recommended agreements' cost 700, tools included)
      recommendedMarginPct: 800 / 1500,
      effectiveRate: 100,
      homeClientsPerSmallBusiness: 4,
      usedHours: 12,
      availableHours: 120,
      utilisation: 0.1,
      contractValue: 9000,
    });
  });

  it("has no margin percentages without revenue", () => {
    const none = { ...totals, currentRevenue: 0, recommendedRevenue: 0, revenuePerHour: null };
    const capacity = { availableHours: 0, usedHours: 0, utilisation: 0 };
    const k = kpis({ totals: none, capacity, equivalence: { homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null } });
    expect(k.currentMarginPct).toBeNull();
    expect(k.recommendedMarginPct).toBeNull();
    expect(k.effectiveRate).toBeNull();
    expect(k.homeClientsPerSmallBusiness).toBeNull();
    expect(k.utilisation).toBeNull();
  });

  it("of the worked example", () => {
    const k = kpis(analyze(makeModel({ tiers: [BUSINESS], clients: [ACME_DENTAL] })));
    expect(k.clients).toBe(1);
    expect(cents(k.annualHourlyRevenue)).toBe(9330); // 12 × 777.50
    expect(cents(k.annualCurrentRevenue)).toBe(10800); // 12 × 900
    expect(cents(k.annualRecommendedRevenue)).toBe(10800);
    expect(cents(k.annualCost)).toBe(4920); // 12 × 410
    expect(cents(k.annualCurrentMargin)).toBe(5880); // 12 × 490
    expect(cents(k.annualRecommendedMargin)).toBe(5880);
    expect((k.currentMarginPct as number).toFixed(4)).toBe("0.5444"); // 490 / 900
    expect(cents(k.effectiveRate as number)).toBe(114.41);
  });
});
