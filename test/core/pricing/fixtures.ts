/** Small models for the pricing tests: PRICING.md §1 defaults, overridden where a test needs it. */
import type { Client, Model, Settings, Tier, TravelZone } from "../../../src/core/workbook/model";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";

export function makeTier(partial: Partial<Tier> & Pick<Tier, "name">): Tier {
  return {
    monthlyFee: 0,
    includedHours: 0,
    responseTime: null,
    travelIncluded: false,
    extraHourRate: null,
    segment: null,
    perUser: 0,
    perDevice: 0,
    perServer: 0,
    minimumFee: 0,
    onboardingFee: 0,
    ...partial,
  };
}

/** An hourly home client with no work and no distance unless told otherwise. */
export function makeClient(partial: Partial<Client> = {}): Client {
  return {
    name: "Client",
    segment: "Home",
    tier: null,
    distance: 0,
    visitsPerMonth: 0,
    hoursPerVisit: 0,
    remoteHoursPerMonth: 0,
    driveMinutes: null,
    users: 0,
    devices: 0,
    servers: 0,
    ...partial,
  };
}

export interface ModelPartial {
  settings?: Partial<Settings>;
  tiers?: Tier[];
  clients?: Client[];
  travelZones?: TravelZone[];
  benefits?: string[];
}

export function makeModel(partial: ModelPartial = {}): Model {
  return {
    settings: { ...DEFAULT_SETTINGS, ...partial.settings },
    tiers: partial.tiers ?? [],
    clients: partial.clients ?? [],
    travelZones: partial.travelZones ?? [],
    benefits: partial.benefits ?? [],
  };
}

/** PRICING.md §8: tier Business (900 a month, 8 h included, travel included). */
export const BUSINESS = makeTier({ name: "Business", monthlyFee: 900, includedHours: 8, travelIncluded: true });

/** PRICING.md §8: Acme Dental, Small business on Business, 20 miles out, 2 visits of 1.1 h, 3 remote hours. */
export const ACME_DENTAL = makeClient({
  name: "Acme Dental",
  segment: "Small business",
  tier: "Business",
  distance: 20,
  visitsPerMonth: 2,
  hoursPerVisit: 1.1,
  remoteHoursPerMonth: 3,
});

/** Rounded to the cent, as the independent check compares. */
export function cents(x: number): number {
  return Math.round(x * 100) / 100;
}
