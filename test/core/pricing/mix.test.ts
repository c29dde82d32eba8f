/**
 * The what-if client mix (issue 5). Two home clients (1 visit of 1 h: 125, cost 45 each) and one
 * small-business client (2 visits of 3 h: 750, cost 270), all at distance 0.
 * Without a mix: hRef = (1 + 1 + 6) / (1 + 1 + 2) = 2.
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { makeClient, makeModel } from "./fixtures";

const model = makeModel({
  clients: [
    makeClient({ name: "H1", segment: "Home", visitsPerMonth: 1, hoursPerVisit: 1 }),
    makeClient({ name: "S1", segment: "Small business", visitsPerMonth: 2, hoursPerVisit: 3 }),
    makeClient({ name: "H2", segment: "home", visitsPerMonth: 1, hoursPerVisit: 1 }),
  ],
});
const plain = analyze(model);

describe("client mix", () => {
  // 10 home clients instead of 2: each home client weighs 10 / 2 = 5
  const mixed = analyze(model, { mix: { " HOME ": 10 } });

  it("scales the mixed segment by target ÷ current count", () => {
    const home = mixed.segments[0];
    expect(home.segment).toBe("Home");
    expect(home.clients).toBe(10);
    expect(home.workHours).toBe(10); // 5 × 1 + 5 × 1
    expect(home.currentRevenue).toBe(1250); // 5 × 125 × 2
    expect(home.cost).toBe(450); // 5 × 45 × 2
    expect(home.currentMargin).toBe(800);
    expect(home.annualRevenuePerClient).toBe(1500); // 12 × 1250 / 10
    expect(mixed.segments[1]).toEqual(plain.segments[1]); // Small business untouched
  });

  it("carries the weights into the totals, bands and reference visit", () => {
    expect(mixed.totals.clients).toBe(11); // 10 + 1
    expect(mixed.totals.currentRevenue).toBe(2000); // 1250 + 750
    expect(mixed.totals.cost).toBe(720); // 450 + 270
    expect(mixed.totals.workHours).toBe(16); // 10 + 6
    expect(mixed.totals.revenuePerHour).toBe(125); // 2000 / 16

    const near = mixed.travel.bands[0];
    expect(near.clients).toBe(11); // 5 + 1 + 5
    expect(near.visits).toBe(12); // 5 × 1 + 2 + 5 × 1
    expect(near.currentMargin).toBe(1280); // 800 + 480

    // (5 × 1 + 6 + 5 × 1) / (5 + 2 + 5) = 16 / 12
    expect(mixed.travel.referenceVisitHours).toBeCloseTo(4 / 3, 12);
  });

  it("keeps the segment averages, so the equivalence holds", () => {
    // home average 1250 / 10 = 125; SB 750 / 1 → 6 home clients per SB client; book 750 / 125 = 6
    expect(mixed.equivalence).toEqual({ homeClientsPerSmallBusiness: 6, homeClientsToMatchSmallBusinessBook: 6 });
  });

  it("leaves client rows as they are", () => {
    expect(mixed.clients).toEqual(plain.clients);
  });

  it("a target of 0 empties the segment and its averages", () => {
    const noHome = analyze(model, { mix: { Home: 0 } });
    expect(noHome.segments[0].clients).toBe(0);
    expect(noHome.segments[0].currentRevenue).toBe(0);
    expect(noHome.segments[0].annualRevenuePerClient).toBeNull();
    expect(noHome.segments[0].revenuePerHour).toBeNull();
    expect(noHome.totals.clients).toBe(1);
    expect(noHome.totals.currentRevenue).toBe(750);
    expect(noHome.equivalence).toEqual({ homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null });
    expect(noHome.travel.referenceVisitHours).toBe(3); // only S1: 6 / 2
  });

  it("ignores names that match no segment", () => {
    expect(analyze(model, { mix: { Enterprise: 50 } })).toStrictEqual(plain);
  });

  it("targets equal to the current counts change nothing, bit for bit", () => {
    expect(analyze(model, { mix: { Home: 2, "Small business": 1 } })).toStrictEqual(plain);
  });
});
