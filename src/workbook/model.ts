/**
 * The typed model that parsing turns Grids into (PRICING.md §1). Units: money in the workbook's
 * currency, distances in its distance unit, hours, minutes. Rates are per hour or per unit of
 * distance; margins and premiums are fractions (0.5 = 50 %).
 */
export type Money = number;
export type Hours = number;
export type Minutes = number;
export type Distance = number;
export type Fraction = number;

export interface Settings {
  businessName: string;
  currency: string;
  distanceUnit: "miles" | "km";
  hourlyRate: Money;
  agreementHourlyRate: Money;
  billingIncrement: Hours;
  minimumHoursPerVisit: Hours;
  freeTravelRadius: Distance;
  tripCharge: Money;
  mileageRate: Money;
  travelTimeRate: Money;
  averageSpeed: number;
  technicianCost: Money;
  vehicleCost: Money;
  targetMargin: Fraction;
  maxPremiumOverHourly: Fraction;
  /** The segments compared as home and small-business clients (PRICING.md §3). */
  homeSegment: string;
  businessSegment: string;
}

export type SettingKey = keyof Settings;

export interface Tier {
  /** As spelled in the Tiers table. */
  name: string;
  monthlyFee: Money;
  includedHours: Hours;
  responseTime: Hours | null;
  travelIncluded: boolean;
  /** null = the Agreement hourly rate applies. */
  extraHourRate: Money | null;
  segment: string | null;
}

export interface Client {
  name: string;
  segment: string;
  /** The tier's name as spelled in the Tiers table; null = billed by the hour. */
  tier: string | null;
  distance: Distance;
  visitsPerMonth: number;
  hoursPerVisit: Hours;
  remoteHoursPerMonth: Hours;
  /** One way; null = derive from distance and average speed. */
  driveMinutes: Minutes | null;
}

export interface TravelZone {
  upTo: Distance;
  tripCharge: Money;
}

export interface Model {
  settings: Settings;
  tiers: Tier[];
  clients: Client[];
  /** Sorted by ascending upTo. Empty = the Trip charge setting applies. */
  travelZones: TravelZone[];
  benefits: string[];
}

/** A problem found in the workbook: where (`Clients!E7`, or a sheet/table name) and a plain sentence. */
export interface Problem {
  cell?: string;
  message: string;
}

/** Where each editable input lives, so the what-if "Apply to workbook" can write back to it. */
export interface ModelCells {
  /** Address of the Value cell of each setting present in the Settings table. */
  settings: Partial<Record<SettingKey, string>>;
  /** Per tier (by name as spelled): address of its Monthly fee and Included hours cells. */
  tiers: Record<string, { monthlyFee?: string; includedHours?: string }>;
}

export interface ParseResult {
  /** null when there is any error. */
  model: Model | null;
  cells: ModelCells;
  errors: Problem[];
  warnings: Problem[];
}
