/**
 * The Settings table's rows (PRICING.md §1): each setting's name as the workbook writes it, what
 * kind of value it holds, its valid range, and the hint a message gives when the value is wrong.
 * Order = the order of §1, which is also the order the sample writes them in.
 */
import type { SettingKey } from "./model";

export interface Bounds {
  min?: number;
  /** true: the value must be above min, not equal to it. */
  minExclusive?: boolean;
  max?: number;
  /** true: the value must be below max, not equal to it. */
  maxExclusive?: boolean;
}

export type SettingSpec =
  | { key: SettingKey; label: string; kind: "text" | "currency" | "distanceUnit"; hint: string }
  | { key: SettingKey; label: string; kind: "number"; bounds: Bounds; hint: string };

export const SETTINGS_SCHEMA: readonly SettingSpec[] = [
  { key: "businessName", label: "Business name", kind: "text", hint: "enter the name to print on the rate card" },
  { key: "currency", label: "Currency", kind: "currency", hint: "enter a 3-letter ISO 4217 code such as USD, EUR, GBP or AUD" },
  { key: "distanceUnit", label: "Distance unit", kind: "distanceUnit", hint: "enter miles or km" },
  { key: "hourlyRate", label: "Hourly rate", kind: "number", bounds: { min: 0, minExclusive: true }, hint: "enter the pay-as-you-go rate per hour, above 0" },
  { key: "agreementHourlyRate", label: "Agreement hourly rate", kind: "number", bounds: { min: 0 }, hint: "enter the rate per hour beyond a tier's included hours, 0 or more" },
  { key: "billingIncrement", label: "Billing increment", kind: "number", bounds: { min: 0, max: 1 }, hint: "enter hours from 0 to 1, such as 0.25 for quarter hours (0 = no rounding)" },
  { key: "minimumHoursPerVisit", label: "Minimum hours per visit", kind: "number", bounds: { min: 0, max: 8 }, hint: "enter hours from 0 to 8 (4 = a half-day minimum)" },
  { key: "freeTravelRadius", label: "Free travel radius", kind: "number", bounds: { min: 0 }, hint: "enter a one-way distance, 0 or more" },
  { key: "tripCharge", label: "Trip charge", kind: "number", bounds: { min: 0 }, hint: "enter the charge per visit beyond the free radius, 0 or more" },
  { key: "mileageRate", label: "Mileage rate", kind: "number", bounds: { min: 0 }, hint: "enter the charge per unit of round-trip distance, 0 or more" },
  { key: "travelTimeRate", label: "Travel time rate", kind: "number", bounds: { min: 0 }, hint: "enter the charge per hour of round-trip drive time, 0 or more" },
  { key: "averageSpeed", label: "Average speed", kind: "number", bounds: { min: 0, minExclusive: true }, hint: "enter the average driving speed, above 0" },
  { key: "technicianCost", label: "Technician cost", kind: "number", bounds: { min: 0 }, hint: "enter the loaded cost of a technician hour, 0 or more" },
  { key: "vehicleCost", label: "Vehicle cost", kind: "number", bounds: { min: 0 }, hint: "enter the vehicle cost per unit of distance driven, 0 or more" },
  { key: "targetMargin", label: "Target margin", kind: "number", bounds: { min: 0, max: 1, maxExclusive: true }, hint: "enter a fraction from 0 up to but not including 1, such as 0.5 or 50%" },
  { key: "maxPremiumOverHourly", label: "Max premium over hourly", kind: "number", bounds: { min: 0 }, hint: "enter a fraction, 0 or more, such as 0.25 or 25%" },
  { key: "homeSegment", label: "Home segment", kind: "text", hint: "enter the segment compared as home clients, such as Home" },
  { key: "businessSegment", label: "Business segment", kind: "text", hint: "enter the segment compared as small-business clients, such as Small business" },
];

/** Display name of each setting, as the Settings table writes it: `hourlyRate` → `Hourly rate`. */
export const SETTING_LABELS: Readonly<Record<SettingKey, string>> = Object.fromEntries(
  SETTINGS_SCHEMA.map((s) => [s.key, s.label]),
) as Record<SettingKey, string>;

/**
 * No input may reach this size: Excel keeps 15 significant digits, and far larger numbers (a
 * script's 1e308) make the figures overflow to Infinity, which neither JSON nor a sheet can hold.
 */
export const LARGEST_NUMBER = 1e15;

/** Is the value inside the bounds (and of a size a price can be worked out from)? */
export function withinBounds(value: number, bounds: Bounds): boolean {
  if (!(Math.abs(value) < LARGEST_NUMBER)) return false;
  if (bounds.min !== undefined && (bounds.minExclusive ? value <= bounds.min : value < bounds.min)) return false;
  if (bounds.max !== undefined && (bounds.maxExclusive ? value >= bounds.max : value > bounds.max)) return false;
  return true;
}
