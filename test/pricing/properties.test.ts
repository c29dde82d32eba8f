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
  toolCostPerUser: fc.oneof(fc.constant(0), hundredths(40)),
  toolCostPerDevice: fc.oneof(fc.constant(0), hundredths(20)),
  toolCostPerServer: fc.oneof(fc.constant(0), hundredths(100)),
  contractTerm: fc.integer({ min: 1, max: 60 }),
}).map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

/** A per-unit price, minimum or onboarding fee: often none at all, as in a flat-fee tier. */
const sometimes = (max: number) => fc.oneof(fc.constant(0), fc.constant(0), hundredths(max));

const tiersArb: fc.Arbitrary<Tier[]> = fc
  .array(
    fc.record({
      monthlyFee: fc.oneof(fc.constant(0), hundredths(3000)),
      includedHours: fc.integer({ min: 0, max: 40 }).map((n) => n / 2),
      travelIncluded: fc.boolean(),
      extraHourRate: fc.option(hundredths(200), { nil: null }),
      perUser: sometimes(150),
      perDevice: sometimes(50),
      perServer: sometimes(300),
      minimumFee: sometimes(2000),
      onboardingFee: sometimes(2500),
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
    users: fc.integer({ min: 0, max: 60 }),
    devices: fc.integer({ min: 0, max: 80 }),
    servers: fc.integer({ min: 0, max: 5 }),
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
            expect(agreementRevenue(tier, b, model.settings)).toBeGreaterThanOrEqual(tier.minimumFee);
          }
        }
      }),
    );
  });

  it("cost is never negative and every margin is revenue − cost (tools only on an agreement)", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        for (const row of analyze(model).clients) {
          expect(row.cost).toBeGreaterThanOrEqual(0);
          expect(row.cost).toBe(row.tier === null ? row.serviceCost : row.agreementCost);
          expect(row.agreementCost).toBe(row.serviceCost + row.toolCost);
          expect(row.hourlyMargin).toBe(row.hourlyRevenue - row.serviceCost);
          expect(row.currentMargin).toBe(row.currentRevenue - row.cost);
          expect(row.recommendedMargin).toBe(row.recommendedRevenue - row.recommendedCost);
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
          const cost = row.agreementCost;
          const qualifies = (r: number) =>
            r > 0 && (r - cost) / r >= s.targetMargin - 1e-9 && r <= row.hourlyRevenue * (1 + s.maxPremiumOverHourly) + 1e-9;
          const qualifying = model.tiers.map((t) => agreementRevenue(t, b, s)).filter(qualifies);
          expect(row.tierOptions.map((o) => o.qualifies)).toEqual(model.tiers.map((t) => qualifies(agreementRevenue(t, b, s))));
          if (row.recommendedTier === HOURLY) {
            expect(qualifying).toEqual([]);
            expect(row.recommendedRevenue).toBe(row.hourlyRevenue);
            expect(row.contractValue).toBeNull();
          } else {
            expect(qualifies(row.recommendedRevenue)).toBe(true);
            for (const r of qualifying) expect(r - cost).toBeLessThanOrEqual(row.recommendedRevenue - cost + 1e-9);
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
