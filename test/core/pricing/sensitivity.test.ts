/**
 * PRICING.md §4 reference visit, sensitivity and break-even, default settings (speed 30, so
 * d = m / 2 and the round trip is m miles; radius 15 = 30 minutes).
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { referenceVisitHours } from "../../../src/core/pricing/referenceVisit";
import { breakEvenMinutes, sensitivity } from "../../../src/core/pricing/sensitivity";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";
import { cents, makeClient } from "./fixtures";

const s = DEFAULT_SETTINGS;

describe("reference visit hours", () => {
  it("is Σ(v × h) / Σ v over clients that have visits", () => {
    const clients = [
      makeClient({ visitsPerMonth: 2, hoursPerVisit: 1.5 }),
      makeClient({ visitsPerMonth: 1, hoursPerVisit: 3 }),
      makeClient({ visitsPerMonth: 0, hoursPerVisit: 10, remoteHoursPerMonth: 5 }),
    ];
    expect(referenceVisitHours(clients)).toBe(2); // (3 + 3) / 3
  });

  it("is 1 when no client has visits", () => {
    expect(referenceVisitHours([makeClient({ remoteHoursPerMonth: 4 })])).toBe(1);
    expect(referenceVisitHours([])).toBe(1);
  });
});

describe("sensitivity, hRef = 2", () => {
  // billed = max(1, 2) = 2 → 250 without travel; cost = 45 × (2 + m/30) + 0.70 × m = 90 + 2.2m
  const rows = sensitivity(2, s, []);

  it("has a row every 5 minutes from 0 to 90", () => {
    expect(rows.map((r) => r.minutes)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
  });

  it("charges nothing up to the radius (30 min = 15 miles, not beyond)", () => {
    expect(rows[0]).toEqual({ minutes: 0, revenue: 250, revenueNoCharge: 250, margin: 160, marginNoCharge: 160 });
    // m = 30: cost 90 + 66 = 156
    expect(cents(rows[6].revenue)).toBe(250);
    expect(cents(rows[6].margin)).toBe(94);
    expect(cents(rows[6].marginNoCharge)).toBe(94);
  });

  it("adds the trip charge beyond it", () => {
    // m = 35, d = 17.5: revenue 250 + 45; cost 90 + 77 = 167
    expect(cents(rows[7].revenue)).toBe(295);
    expect(cents(rows[7].revenueNoCharge)).toBe(250);
    expect(cents(rows[7].margin)).toBe(128);
    expect(cents(rows[7].marginNoCharge)).toBe(83);
    // m = 90, d = 45: cost 90 + 198 = 288
    expect(cents(rows[18].margin)).toBe(7);
    expect(cents(rows[18].marginNoCharge)).toBe(-38);
  });

  it("uses the zone trip charge, and the last zone's beyond every zone", () => {
    const zoned = sensitivity(2, s, [{ upTo: 20, tripCharge: 30 }, { upTo: 40, tripCharge: 60 }]);
    expect(zoned[7].revenue).toBe(280); // d = 17.5 → zone up to 20
    expect(zoned[12].revenue).toBe(310); // d = 30 → zone up to 40
    expect(zoned[18].revenue).toBe(310); // d = 45 → beyond: last zone
  });

  it("the reference visit of an analysis is the clients' average visit", () => {
    const a = analyze({
      settings: s,
      tiers: [],
      travelZones: [],
      benefits: [],
      clients: [makeClient({ visitsPerMonth: 2, hoursPerVisit: 1.5 }), makeClient({ visitsPerMonth: 1, hoursPerVisit: 3 })],
    });
    expect(a.travel.referenceVisitHours).toBe(2);
    expect(a.travel.sensitivity).toEqual(rows);
    expect(a.travel.breakEvenMinutes).toEqual({ policy: 94, noCharge: 73 });
  });
});

describe("break-even minutes", () => {
  it("is the first whole minute with a negative margin, with and without the travel charge", () => {
    // no charge: 160 − 2.2m < 0 from m = 73 (m = 72: +1.6; 73: −0.6)
    // policy (charge 45 beyond 30 min): 205 − 2.2m < 0 from m = 94 (93: +0.4; 94: −1.8)
    expect(breakEvenMinutes(2, s, [])).toEqual({ policy: 94, noCharge: 73 });
  });

  it("is null for a policy that never loses money within 240 minutes", () => {
    // travel time rate 100: revenue beyond 30 min = 295 + 100 × m/30, cost 90 + 2.2m → always positive
    expect(breakEvenMinutes(2, { ...s, travelTimeRate: 100 }, [])).toEqual({ policy: null, noCharge: 73 });
    // nothing costs anything: neither ever loses
    expect(breakEvenMinutes(2, { ...s, technicianCost: 0, vehicleCost: 0 }, [])).toEqual({ policy: null, noCharge: null });
  });

  it("is 0 when even the visit next door loses money", () => {
    // technician cost 200: cost at m = 0 is 400 > 250
    expect(breakEvenMinutes(2, { ...s, technicianCost: 200 }, [])).toEqual({ policy: 0, noCharge: 0 });
  });
});
