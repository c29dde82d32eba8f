/** Invariants of PRICING.md §2–4 over random models (fast-check). */
import fc from "fast-check";
import { analyze } from "../../src/pricing/analyze";
import { clientBasis } from "../../src/pricing/clientBasis";
import { agreementRevenue, hourlyRevenue } from "../../src/pricing/clientFigures";
import { HOURLY } from "../../src/pricing/recommendTier";
import { DEFAULT_SETTINGS } from "../../src/workbook/defaults";
import type { Client, Model, Settings, Tier, TravelZone } from "../../src/workbook/model";

/** Amounts as a consultant types them: whole cents (or hundredths) from 0 to max. */
const hundredths = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  hourlyRate: hundredths(300).map((x) => x + 1),
  agreementHourlyRate: hundredths(300),
  billingIncrement: fc.oneof(fc.constantFrom(0, 0.1, 0.25, 0.5, 1), hundredths(1)),
  minimumHoursPerVisit: fc.integer({ min: 0, max: 32 }).map((n) => n / 4),
  freeTravelRadius: hundredths(50),
  tripCharge: hundredths(150),
  mileageRate: hundredths(2),
  travelTimeRate: hundredths(150),
  averageSpeed: hundredths(80).map((x) => x + 5),
  technicianCost: hundredths(120),
  vehicleCost: hundredths(2),
  targetMargin: fc.integer({ min: 0, max: 95 }).map((n) => n / 100),
  maxPremiumOverHourly: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
}).map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

const tiersArb: fc.Arbitrary<Tier[]> = fc
  .array(
    fc.record({
      monthlyFee: fc.oneof(fc.constant(0), hundredths(3000)),
      includedHours: fc.integer({ min: 0, max: 40 }).map((n) => n / 2),
      travelIncluded: fc.boolean(),
      extraHourRate: fc.option(hundredths(200), { nil: null }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((ts) => ts.map((t, i) => ({ ...t, name: `T${i}`, responseTime: null, segment: null })));

const zonesArb: fc.Arbitrary<TravelZone[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 4 })
  .chain((ups) => fc.tuple(...ups.map((upTo) => hundredths(150).map((tripCharge) => ({ upTo, tripCharge })))));

const clientArb = (tierCount: number): fc.Arbitrary<Client> =>
  fc.record({
    name: fc.constantFrom("Ann", "Bob", "Cy"),
    segment: fc.constantFrom("Home", " home", "Small business", "SMALL BUSINESS", "Large business"),
    tier: fc.option(fc.integer({ min: 0, max: tierCount - 1 }).map((i) => `T${i}`), { nil: null }),
    distance: hundredths(120),
    visitsPerMonth: fc.integer({ min: 0, max: 12 }),
    hoursPerVisit: hundredths(8),
    remoteHoursPerMonth: hundredths(20),
    driveMinutes: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }),
  });

const modelArb: fc.Arbitrary<Model> = fc
  .tuple(settingsArb, tiersArb, zonesArb)
  .chain(([settings, tiers, travelZones]) =>
    fc.array(clientArb(tiers.length), { minLength: 1, maxLength: 12 }).map((clients) => ({
      settings,
      tiers,
      clients,
      travelZones: [...travelZones].sort((a, b) => a.upTo - b.upTo),
      benefits: [],
    })),
  );

describe("pricing invariants", () => {
  it("revenue never falls when visits rise (hourly and every tier)", () => {
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 1, max: 10 }), (model, more) => {
        const { settings: s, travelZones: zones } = model;
        for (const client of model.clients) {
          const before = clientBasis(client, s, zones);
          const after = clientBasis({ ...client, visitsPerMonth: client.visitsPerMonth + more }, s, zones);
          expect(hourlyRevenue(after, s)).toBeGreaterThanOrEqual(hourlyRevenue(before, s));
          for (const tier of model.tiers) {
            expect(agreementRevenue(tier, after, s)).toBeGreaterThanOrEqual(agreementRevenue(tier, before, s));
          }
        }
      }),
    );
  });

  it("a tier's revenue is never below its fee", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        for (const client of model.clients) {
          const b = clientBasis(client, model.settings, model.travelZones);
          for (const tier of model.tiers) {
            expect(agreementRevenue(tier, b, model.settings)).toBeGreaterThanOrEqual(tier.monthlyFee);
          }
        }
      }),
    );
  });

  it("cost is never negative and every margin is revenue − cost", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        for (const row of analyze(model).clients) {
          expect(row.cost).toBeGreaterThanOrEqual(0);
          expect(row.hourlyMargin).toBe(row.hourlyRevenue - row.cost);
          expect(row.currentMargin).toBe(row.currentRevenue - row.cost);
        }
      }),
    );
  });

  it("the recommended tier meets the margin bar and the premium cap, and no qualifying tier earns more", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const s = model.settings;
        const analysis = analyze(model);
        model.clients.forEach((client, i) => {
          const row = analysis.clients[i];
          const b = clientBasis(client, s, model.travelZones);
          const qualifies = (r: number) =>
            r > 0 && (r - row.cost) / r >= s.targetMargin - 1e-9 && r <= row.hourlyRevenue * (1 + s.maxPremiumOverHourly) + 1e-9;
          const qualifying = model.tiers.map((t) => agreementRevenue(t, b, s)).filter(qualifies);
          if (row.recommendedTier === HOURLY) {
            expect(qualifying).toEqual([]);
            expect(row.recommendedRevenue).toBe(row.hourlyRevenue);
          } else {
            expect(qualifies(row.recommendedRevenue)).toBe(true);
            for (const r of qualifying) expect(r - row.cost).toBeLessThanOrEqual(row.recommendedRevenue - row.cost);
          }
        });
      }),
    );
  });

  it("segments add up to the totals", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const a = analyze(model);
        expect(a.segments.reduce((n, seg) => n + seg.clients, 0)).toBe(a.totals.clients);
        const sum = a.segments.reduce((n, seg) => n + seg.currentRevenue, 0);
        expect(sum).toBeCloseTo(a.totals.currentRevenue, 6);
        expect(a.travel.bands.reduce((n, band) => n + band.clients, 0)).toBe(model.clients.length);
      }),
    );
  });

  it("a mix whose targets are the current counts gives identical results", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const counts: Record<string, number> = {};
        for (const c of model.clients) {
          const key = c.segment.trim().toLowerCase();
          counts[key] = (counts[key] ?? 0) + 1;
        }
        expect(analyze(model, { mix: counts })).toStrictEqual(analyze(model));
      }),
    );
  });
});
