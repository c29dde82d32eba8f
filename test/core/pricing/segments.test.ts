/**
 * PRICING.md §3 segments. Every client here is hourly with d = 0 (no travel), so a client with
 * v visits of h hours (h ≥ 1) bills v × h × 125 and costs v × h × 45.
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { summarizeSegments } from "../../../src/core/pricing/segments";
import { makeClient, makeModel } from "./fixtures";

const clients = [
  makeClient({ name: "H1", segment: "Home", visitsPerMonth: 1, hoursPerVisit: 1 }), // 125, cost 45
  makeClient({ name: "S1", segment: "Small business", visitsPerMonth: 2, hoursPerVisit: 2 }), // 500, cost 180
  makeClient({ name: "H2", segment: " home ", visitsPerMonth: 2, hoursPerVisit: 1 }), // 250, cost 90
  makeClient({ name: "L1", segment: "Large business", visitsPerMonth: 4, hoursPerVisit: 3 }), // 1500, cost 540
  makeClient({ name: "H3", segment: "HOME", remoteHoursPerMonth: 1 }), // 125, cost 45
  makeClient({ name: "S2", segment: "small BUSINESS", visitsPerMonth: 1, hoursPerVisit: 2 }), // 250, cost 90
];
const analysis = analyze(makeModel({ clients }));

describe("segments", () => {
  it("group trimmed and case-insensitive, shown as first spelled, in order of first appearance", () => {
    expect(analysis.segments.map((s) => s.segment)).toEqual(["Home", "Small business", "Large business"]);
    expect(analysis.segments.map((s) => s.clients)).toEqual([3, 2, 1]);
  });

  it("sum each figure and derive the per-client and per-hour ones", () => {
    const home = analysis.segments[0];
    expect(home.workHours).toBe(4); // 1 + 2 + 1
    expect(home.travelHours).toBe(0);
    expect(home.hourlyRevenue).toBe(500); // 125 + 250 + 125
    expect(home.currentRevenue).toBe(500);
    expect(home.recommendedRevenue).toBe(500); // no tiers: Hourly
    expect(home.cost).toBe(180); // 45 × 4
    expect(home.currentMargin).toBe(320); // 500 − 180
    expect(home.annualRevenuePerClient).toBe(2000); // 12 × 500 / 3
    expect(home.revenuePerHour).toBe(125); // 500 / 4

    const sb = analysis.segments[1];
    expect(sb.currentRevenue).toBe(750); // 500 + 250
    expect(sb.annualRevenuePerClient).toBe(4500); // 12 × 750 / 2
  });

  it("totals cover every client", () => {
    const t = analysis.totals;
    expect(t.clients).toBe(6);
    expect(t.workHours).toBe(22); // 4 + 6 + 12
    expect(t.currentRevenue).toBe(2750); // 500 + 750 + 1500
    expect(t.cost).toBe(990); // 45 × 22
    expect(t.currentMargin).toBe(1760);
    expect(t.annualRevenuePerClient).toBe(5500); // 12 × 2750 / 6
    expect(t.revenuePerHour).toBe(125); // 2750 / 22
    expect("segment" in t).toBe(false);
  });

  it("revenue per hour is null for a segment with no hours", () => {
    const idle = analyze(makeModel({ clients: [makeClient({ segment: "Dormant" })] }));
    expect(idle.segments[0].revenuePerHour).toBeNull();
    expect(idle.segments[0].annualRevenuePerClient).toBe(0);
  });

  it("with no clients, totals are zero and the ratios null", () => {
    const empty = summarizeSegments([]);
    expect(empty.segments).toEqual([]);
    expect(empty.totals.clients).toBe(0);
    expect(empty.totals.currentRevenue).toBe(0);
    expect(empty.totals.annualRevenuePerClient).toBeNull();
    expect(empty.totals.revenuePerHour).toBeNull();
  });
});
