/** PRICING.md v2 §2–3, one hand-computed case per new rule (default settings unless stated). */
import { analyze } from "../../../src/core/pricing/analyze";
import { clientBasis } from "../../../src/core/pricing/clientBasis";
import { tierFee } from "../../../src/core/pricing/clientFigures";
import { cents, makeClient, makeModel, makeTier } from "./fixtures";

/**
 * Nearby client, no travel: 1 visit of 2 h and 4 remote hours. hourlyRevenue = 2×125 + 4×125 =
 * 750; serviceCost = 45 × 6 = 270 (distance 0, so no driving).
 */
const office = (partial: Parameters<typeof makeClient>[0] = {}) =>
  makeClient({ name: "Office", segment: "Small business", visitsPerMonth: 1, hoursPerVisit: 2, remoteHoursPerMonth: 4, ...partial });

describe("tierFee: the minimum fee", () => {
  const tier = makeTier({ name: "Seats", monthlyFee: 100, perUser: 20, minimumFee: 300 });
  it("binds when the per-unit prices come to less: 100 + 20 × 5 = 200 → 300", () => {
    expect(tierFee(tier, clientBasis(office({ users: 5 }), makeModel().settings, []))).toBe(300);
  });
  it("does not when they come to more: 100 + 20 × 12 = 340", () => {
    expect(tierFee(tier, clientBasis(office({ users: 12 }), makeModel().settings, []))).toBe(340);
  });
  it("covers the fee only: overage and travel come on top of the minimum", () => {
    // 20 miles out (trip charge 45), 0 included hours: overage 1 × 2 + 4 = 6 h × 95 = 570.
    const far = office({ users: 1, distance: 20, driveMinutes: 0 });
    const [row] = analyze(makeModel({ tiers: [tier], clients: [{ ...far, tier: "Seats" }] })).clients;
    expect(row.tierOptions[0].tierFee).toBe(300);
    expect(cents(row.agreementRevenue!)).toBe(300 + 570 + 45);
  });
});

describe("recommendedTier", () => {
  // Flat: 600 for 10 h and a 4-hour response. Per seat: 75 a user for 12 h, no response time: neither
  // gives the client all the other does (PRICING.md v3 §2, dominatedBy). Both within 750 × 1.25 = 937.5.
  const tiers = [
    makeTier({ name: "Flat", monthlyFee: 600, includedHours: 10, responseTime: 4 }),
    makeTier({ name: "Per seat", perUser: 75, includedHours: 12 }),
  ];
  const pick = (users: number) => analyze(makeModel({ tiers, clients: [office({ users })] })).clients[0];

  it("seats tip it: 7 users (525, margin 255 = 48.6 %) → Flat; 9 users (675, margin 405 = 60 %) → Per seat", () => {
    expect(pick(7).recommendedTier).toBe("Flat");
    expect(pick(7).tierOptions[1]).toMatchObject({ tierFee: 525, margin: 255, qualifies: false });
    expect(pick(9).recommendedTier).toBe("Per seat");
    expect(pick(9).tierOptions[1]).toMatchObject({ tierFee: 675, margin: 405, qualifies: true });
    expect(pick(9).recommendedMargin).toBe(405);
  });

  it("8 users: the same margin and tierFee (600) → the earlier row", () => {
    expect(pick(8).tierOptions.map((o) => [o.tierFee, o.margin])).toEqual([[600, 330], [600, 330]]);
    expect(pick(8).recommendedTier).toBe("Flat");
  });

  // 20 miles out, 0 drive minutes (no travel hours): hourlyRevenue 795, serviceCost 270 + 0.70 × 40 = 298.
  const far = office({ distance: 20, driveMinutes: 0 });
  const allIn = makeTier({ name: "All in", monthlyFee: 600, includedHours: 10, travelIncluded: true });
  const plusTravel = makeTier({ name: "Plus travel", monthlyFee: 555, includedHours: 10 });

  it("a tie on margin goes to the lower tierFee, in either row order: 555 + 45 travel beats 600 all in", () => {
    for (const order of [[allIn, plusTravel], [plusTravel, allIn]]) {
      const [row] = analyze(makeModel({ tiers: order, clients: [far] })).clients;
      expect(row.tierOptions.map((o) => o.margin)).toEqual([302, 302]);
      expect(row.recommendedTier).toBe("Plus travel");
    }
  });

  it("margins within 1e-9 are a tie (v1 compared them exactly): the earlier row keeps it", () => {
    const nudged = makeTier({ name: "Nudged", monthlyFee: 600.0000000001, includedHours: 10, travelIncluded: true });
    const [row] = analyze(makeModel({ tiers: [plusTravel, nudged], clients: [far] })).clients;
    expect(row.tierOptions[1].margin).toBeGreaterThan(row.tierOptions[0].margin);
    expect(row.recommendedTier).toBe("Plus travel");
  });
});

describe("tool costs", () => {
  const flat = makeTier({ name: "Flat", monthlyFee: 600, includedHours: 10 });
  it("take a tier below the margin bar: 600 against 270 earns 55 %; with 5 users × 10 of tools, 280 / 600 = 46.7 % → Hourly", () => {
    const without = analyze(makeModel({ tiers: [flat], clients: [office({ users: 5 })] })).clients[0];
    expect(without.recommendedTier).toBe("Flat");
    const row = analyze(makeModel({ settings: { toolCostPerUser: 10 }, tiers: [flat], clients: [office({ users: 5 })] })).clients[0];
    expect(row.toolCost).toBe(50);
    expect(row.agreementCost).toBe(320);
    expect(row.tierOptions[0]).toMatchObject({ margin: 280, qualifies: false });
    expect(row.recommendedTier).toBe("Hourly");
    expect(row.recommendedCost).toBe(270); // hourly: no tools
    expect(row.recommendedMargin).toBe(480); // 750 − 270
    expect(cents(row.targetPrice)).toBe(640); // 320 / 0.5
  });

  it("are carried by a client on a tier, not by one billed by the hour", () => {
    const settings = { toolCostPerUser: 10, toolCostPerDevice: 4, toolCostPerServer: 50 };
    const clients = [office({ name: "On tier", tier: "Flat", users: 5, devices: 6, servers: 1 }), office({ name: "Hourly", users: 5, devices: 6, servers: 1 })];
    const [onTier, hourly] = analyze(makeModel({ settings, tiers: [flat], clients })).clients;
    expect(onTier.toolCost).toBe(124); // 50 + 24 + 50
    expect(onTier.cost).toBe(394);
    expect(onTier.currentMargin).toBe(206);
    expect(hourly.toolCost).toBe(124);
    expect(hourly.cost).toBe(270);
    expect(hourly.currentMargin).toBe(480);
  });
});

describe("contractValue", () => {
  const flat = makeTier({ name: "Flat", monthlyFee: 600, includedHours: 10, onboardingFee: 750 });
  it("is the term × recommendedRevenue plus the onboarding fee: 24 × 600 + 750 = 15,150", () => {
    const a = analyze(makeModel({ settings: { contractTerm: 24 }, tiers: [flat], clients: [office(), office({ name: "Nobody", visitsPerMonth: 0, remoteHoursPerMonth: 0 })] }));
    expect(a.clients[0].contractValue).toBe(15150);
    expect(a.clients[1].recommendedTier).toBe("Hourly"); // 600 against 0 by the hour breaks the cap
    expect(a.clients[1].contractValue).toBeNull();
    expect(a.segments[0].contractValue).toBe(15150);
    expect(a.totals.contractValue).toBe(15150);
  });
  it("is 0 for a segment where nothing is recommended", () => {
    const a = analyze(makeModel({ tiers: [flat], clients: [office({ visitsPerMonth: 0, remoteHoursPerMonth: 0 })] }));
    expect(a.totals.contractValue).toBe(0);
  });
});

describe("capacity", () => {
  it("1.5 technicians × 100 h = 150 h available; 6 h used = 4 %", () => {
    const a = analyze(makeModel({ settings: { technicians: 1.5, billableHoursPerTechnician: 100 }, clients: [office()] }));
    expect(a.capacity).toEqual({ availableHours: 150, usedHours: 6, utilisation: 0.04 });
  });
});
