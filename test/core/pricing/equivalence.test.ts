/** PRICING.md §3 home-vs-business equivalence. */
import { analyze } from "../../../src/core/pricing/analyze";
import { makeClient, makeModel } from "./fixtures";
import { equivalence } from "../../../src/core/pricing/equivalence";
import type { SegmentResult } from "../../../src/core/pricing/results";

function segment(name: string, clients: number, currentRevenue: number): SegmentResult {
  return {
    segment: name,
    clients,
    workHours: 0,
    travelHours: 0,
    hourlyRevenue: currentRevenue,
    currentRevenue,
    recommendedRevenue: currentRevenue,
    cost: 0,
    currentMargin: currentRevenue,
    recommendedCost: 0,
    recommendedMargin: currentRevenue,
    contractValue: 0,
    actualRevenue: null,
    annualRevenuePerClient: clients === 0 ? null : (12 * currentRevenue) / clients,
    revenuePerHour: null,
  };
}

describe("equivalence", () => {
  it("compares the small-business average with the home average", () => {
    // Home: 400 / 4 = 100 a client; SB: 1000 / 2 = 500 a client
    const e = equivalence([segment("Home", 4, 400), segment("Large business", 1, 3000), segment("Small business", 2, 1000)]);
    expect(e.homeClientsPerSmallBusiness).toBe(5); // 500 / 100
    expect(e.homeClientsToMatchSmallBusinessBook).toBe(10); // 1000 / 100
  });

  it("matches the segment names case-insensitively", () => {
    const e = equivalence([segment("small BUSINESS", 1, 300), segment("HOME", 3, 300)]);
    expect(e.homeClientsPerSmallBusiness).toBe(3); // 300 / (300 / 3)
    expect(e.homeClientsToMatchSmallBusinessBook).toBe(3);
  });

  it("is null when either segment is missing", () => {
    const none = { homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null };
    expect(equivalence([segment("Home", 2, 200)])).toEqual(none);
    expect(equivalence([segment("Small business", 2, 200)])).toEqual(none);
    expect(equivalence([segment("Residential", 2, 200), segment("SMB", 2, 200)])).toEqual(none);
  });

  it("is null when the home average is 0", () => {
    const e = equivalence([segment("Home", 2, 0), segment("Small business", 2, 200)]);
    expect(e).toEqual({ homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null });
  });
});

describe("a comparison setting that names no segment", () => {
  const client = (name: string, segment: string) => makeClient({ name, segment, visitsPerMonth: 1, hoursPerVisit: 1 });

  it("is a warning that names the missing segments and the ones there are, and the comparison stays null", () => {
    const analysis = analyze(makeModel({ clients: [client("A", "Residential"), client("B", "Business")] }));
    expect(analysis.equivalence).toEqual({ homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null });
    expect(analysis.warnings).toEqual([{
      message: expect.stringMatching(/^No client is in the segments "Home" and "Small business" that the Home segment and Business segment settings name \(the segments are Residential, Business\)/),
    }]);
  });

  it("says nothing with one segment (nothing to compare) or when both are there", () => {
    expect(analyze(makeModel({ clients: [client("A", "Small business")] })).warnings).toEqual([]);
    expect(analyze(makeModel({ clients: [client("A", "home"), client("B", "Small-Business")] })).warnings).toEqual([]);
  });
});
