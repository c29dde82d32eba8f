/** Random models for the property tests (fast-check): amounts as consultants type them, v2 columns included. */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";
import type { Client, Model, Settings, Tier, TravelZone } from "../../../src/core/workbook/model";

/** Amounts as a consultant types them: whole cents (or hundredths) from 0 to max. */
export const hundredths = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

export const settingsArb: fc.Arbitrary<Settings> = fc.record({
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
  // PRICING.md v3: agreement prices rise at each anniversary; money over the contract decides dominance.
  annualIncrease: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 }).map((n) => n / 100)),
}).map((s) => ({ ...DEFAULT_SETTINGS, ...s }));

/** A per-unit price, minimum or onboarding fee: often none at all, as in a flat-fee tier. */
const sometimes = (max: number) => fc.oneof(fc.constant(0), fc.constant(0), hundredths(max));

export const tiersArb: fc.Arbitrary<Tier[]> = fc
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
      responseTime: fc.option(fc.constantFrom(1, 2, 4, 8, 24), { nil: null }),
      // PRICING.md v3: the segments a tier is offered to (null = every client), as consultants type them.
      segment: fc.option(fc.constantFrom("Home", "small business", "Home; Small business", "Large business, HOME", "Small-Business"), { nil: null }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((ts) => ts.map((t, i) => ({ ...t, name: `T${i}` })));

const zonesArb: fc.Arbitrary<TravelZone[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 4 })
  .chain((ups) => fc.tuple(...ups.map((upTo) => hundredths(150).map((tripCharge) => ({ upTo, tripCharge })))));

export const clientArb = (tierCount: number): fc.Arbitrary<Client> =>
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

export const modelArb: fc.Arbitrary<Model> = fc
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

