/** PRICING.md §4 travel bands, by one-way drive minutes. */
import { analyze } from "../../../src/core/pricing/analyze";
import { bandIndex } from "../../../src/core/pricing/travelBands";
import { ACME_DENTAL, BUSINESS, cents, makeClient, makeModel } from "./fixtures";

const LABELS = ["0–15 min", "15–30 min", "30–45 min", "45–60 min", "60+ min"];

describe("travel bands", () => {
  it("are [0,15) [15,30) [30,45) [45,60) [60,∞)", () => {
    expect([0, 14.99, 15, 29.9, 30, 44.9, 45, 59.99, 60, 240].map(bandIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("are always all five, in order, even when empty", () => {
    const bands = analyze(makeModel()).travel.bands;
    expect(bands.map((b) => b.band)).toEqual(LABELS);
    for (const b of bands) {
      expect([b.clients, b.visits, b.travelCharges, b.travelCost, b.currentMargin]).toEqual([0, 0, 0, 0, 0]);
    }
  });

  it("sum clients, visits, travel charges, travel cost and margin per band", () => {
    const bands = analyze(
      makeModel({
        tiers: [BUSINESS],
        clients: [
          ACME_DENTAL, // 20 miles → 40 min: 30–45
          makeClient({ name: "Walk-in", distance: 7.5, visitsPerMonth: 1, hoursPerVisit: 1 }), // 7.5/30×60 = 15 min: 15–30
          makeClient({ name: "Ranch", distance: 40, driveMinutes: 75, visitsPerMonth: 1, hoursPerVisit: 2 }), // 60+
        ],
      }),
    ).travel.bands;

    expect(bands.map((b) => b.clients)).toEqual([0, 1, 1, 0, 1]);
    expect(bands.map((b) => b.visits)).toEqual([0, 1, 2, 0, 1]);

    // Acme: travelCharges 2 × 45 = 90 (billed to nobody: travel included, but it is the hourly travel revenue);
    // travelCost = 45 × 2 × 80/60 + 0.70 × 2 × 2 × 20 = 120 + 56 = 176; currentMargin 490 (§8)
    expect(cents(bands[2].travelCharges)).toBe(90);
    expect(cents(bands[2].travelCost)).toBe(176);
    expect(cents(bands[2].currentMargin)).toBe(490);

    // Walk-in: inside the radius, no charge; t = 30/60 = 0.5 h: 45 × 0.5 + 0.70 × 2 × 7.5 = 22.5 + 10.5 = 33
    // revenue 125, cost 45 × 1.5 + 10.5 = 78 → margin 47
    expect(bands[1].travelCharges).toBe(0);
    expect(cents(bands[1].travelCost)).toBe(33);
    expect(cents(bands[1].currentMargin)).toBe(47);

    // Ranch: 75 min given (not 40/30×60 = 80); t = 2.5 h: travel cost 45 × 2.5 + 0.70 × 80 = 112.5 + 56 = 168.5
    // revenue 2 × 125 + 45 = 295; cost 45 × 4.5 + 56 = 258.5 → margin 36.5
    expect(bands[4].travelCharges).toBe(45);
    expect(cents(bands[4].travelCost)).toBe(168.5);
    expect(cents(bands[4].currentMargin)).toBe(36.5);
  });

  it("band a client by the drive minutes given, not those its distance implies", () => {
    // 20 miles would be 40 min (30–45); 50 min given puts it in 45–60
    const bands = analyze(makeModel({ clients: [makeClient({ distance: 20, driveMinutes: 50, visitsPerMonth: 1 })] }))
      .travel.bands;
    expect(bands.map((b) => b.clients)).toEqual([0, 0, 0, 1, 0]);
  });
});
