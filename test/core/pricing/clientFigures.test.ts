/** PRICING.md §2, per client, hand-computed with the default settings unless a test says otherwise. */
import { analyze } from "../../../src/core/pricing/analyze";
import { agreementRevenue, overage } from "../../../src/core/pricing/clientFigures";
import { clientBasis } from "../../../src/core/pricing/clientBasis";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";
import { cents, makeClient, makeModel, makeTier } from "./fixtures";

const s = DEFAULT_SETTINGS;

describe("an hourly client inside the radius", () => {
  // v = 3, h = 0.5, r = 2, d = 10: m = 10/30×60 = 20, t = 40/60; billed hourly = max(1, 0.5) = 1
  const row = analyze(
    makeModel({ clients: [makeClient({ visitsPerMonth: 3, hoursPerVisit: 0.5, remoteHoursPerMonth: 2, distance: 10 })] }),
  ).clients[0];

  it("bills the minimum per visit plus remote hours, no travel", () => {
    expect(row.hourlyRevenue).toBe(625); // 3 × 1 × 125 + 2 × 125 + 0
    expect(row.travelCharges).toBe(0);
    expect(row.currentRevenue).toBe(625);
    expect(row.tier).toBeNull();
    expect(row.agreementRevenue).toBeNull();
    expect(row.clientSaving).toBe(0);
  });

  it("costs work and travel time plus the vehicle", () => {
    expect(row.workHours).toBe(3.5); // 3 × 0.5 + 2
    expect(cents(row.travelHours)).toBe(2); // 3 × 40/60
    expect(cents(row.cost)).toBe(289.5); // 45 × 5.5 + 0.70 × 3 × 2 × 10 = 247.5 + 42
    expect(cents(row.currentMargin)).toBe(335.5); // 625 − 289.5
    expect(cents(row.hourlyMargin)).toBe(335.5);
    expect(cents(row.effectiveRate as number)).toBe(113.64); // 625 / 5.5
    expect(cents(row.targetPrice)).toBe(579); // 289.5 / (1 − 0.5)
  });
});

describe("agreement revenue and overage", () => {
  // v = 2, h = 1.1 → billed 1.25 on the agreement, r = 3, d = 20 → 45 a visit: 5.5 billed hours, 90 travel
  const client = makeClient({ visitsPerMonth: 2, hoursPerVisit: 1.1, remoteHoursPerMonth: 3, distance: 20 });
  const b = clientBasis(client, s, []);
  const basic = makeTier({ name: "Basic", monthlyFee: 250, includedHours: 2 });

  it("charges hours beyond those included at the agreement hourly rate", () => {
    expect(overage(basic, b)).toBe(3.5); // 2 × 1.25 + 3 − 2
    expect(agreementRevenue(basic, b, s)).toBe(672.5); // 250 + 3.5 × 95 + 2 × 45
  });

  it("uses the tier's extra hour rate when it has one", () => {
    const own = { ...basic, extraHourRate: 110 };
    expect(agreementRevenue(own, b, s)).toBe(725); // 250 + 3.5 × 110 + 90
  });

  it("drops the travel charge when the tier includes travel", () => {
    expect(agreementRevenue({ ...basic, travelIncluded: true }, b, s)).toBe(582.5); // 250 + 332.5
  });

  it("charges no overage within the included hours", () => {
    const roomy = { ...basic, includedHours: 8 };
    expect(overage(roomy, b)).toBe(0); // max(0, 5.5 − 8)
    expect(agreementRevenue(roomy, b, s)).toBe(340); // 250 + 0 + 90
  });

  it("bills agreement visits without the hourly minimum", () => {
    // 4 visits of 0.2 h, no remote, inside the radius: agreement 4 × 0.25 = 1 h over 0 included
    const small = clientBasis(makeClient({ visitsPerMonth: 4, hoursPerVisit: 0.2, distance: 5 }), s, []);
    expect(agreementRevenue(makeTier({ name: "Lite", monthlyFee: 100 }), small, s)).toBe(195); // 100 + 1 × 95
    // the same client by the hour: 4 × max(1, 0.25) × 125
    const row = analyze(makeModel({ clients: [makeClient({ visitsPerMonth: 4, hoursPerVisit: 0.2, distance: 5 })] }))
      .clients[0];
    expect(row.hourlyRevenue).toBe(500);
  });

  it("a client on a tier: current revenue is the agreement, saving is hourly − agreement", () => {
    const row = analyze(makeModel({ tiers: [basic], clients: [{ ...client, tier: "Basic" }] })).clients[0];
    // hourly: 2 × 1.25 × 125 + 3 × 125 + 90 = 777.5
    expect(row.currentRevenue).toBe(672.5);
    expect(row.agreementRevenue).toBe(672.5);
    expect(row.clientSaving).toBe(105); // 777.5 − 672.5
  });
});

describe("effective rate", () => {
  it("is null when the client has no hours", () => {
    const row = analyze(makeModel({ clients: [makeClient()] })).clients[0];
    expect(row.effectiveRate).toBeNull();
    expect(row.hourlyRevenue).toBe(0);
    expect(row.cost).toBe(0);
  });
});
