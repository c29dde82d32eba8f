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
  /** true: only whole numbers (a count of months, users, devices). */
  whole?: boolean;
}

/** `aliases`: other names consultants write for the setting (matched like the label). */
export type SettingSpec =
  | { key: SettingKey; label: string; kind: "text" | "currency" | "distanceUnit" | "dateOrder"; hint: string; aliases?: readonly string[] }
  | { key: SettingKey; label: string; kind: "number"; bounds: Bounds; hint: string; aliases?: readonly string[] };

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
  // PRICING.md v2: what the tools of an agreement cost, the contract term, and capacity.
  {
    key: "toolCostPerUser", label: "Tool cost per user", kind: "number", bounds: { min: 0 },
    hint: "enter the monthly cost of tools and licences per user on an agreement (RMM, security, backup), 0 or more",
    aliases: ["Tool cost per seat", "Tools per user", "Tools per seat", "Stack cost per user", "Licence cost per user", "License cost per user"],
  },
  {
    key: "toolCostPerDevice", label: "Tool cost per device", kind: "number", bounds: { min: 0 },
    hint: "enter the monthly cost of tools and licences per device on an agreement, 0 or more",
    aliases: ["Tool cost per endpoint", "Tool cost per workstation", "Tools per device", "Tools per endpoint", "Stack cost per device", "Licence cost per device", "License cost per device"],
  },
  {
    key: "toolCostPerServer", label: "Tool cost per server", kind: "number", bounds: { min: 0 },
    hint: "enter the monthly cost of tools and licences per server on an agreement, 0 or more",
    aliases: ["Tools per server", "Stack cost per server", "Licence cost per server", "License cost per server"],
  },
  {
    key: "contractTerm", label: "Contract term", kind: "number", bounds: { min: 1, max: 60, whole: true },
    hint: "enter the length of an agreement in whole months, from 1 to 60 (12 = one year)",
    aliases: ["Contract length", "Agreement term", "Term", "Contract months", "Term months"],
  },
  {
    key: "technicians", label: "Technicians", kind: "number", bounds: { min: 0, minExclusive: true },
    hint: "enter how many people do the work, above 0 (1.5 = one and a half)",
    aliases: ["Techs", "Number of technicians", "Technician count", "Headcount"],
  },
  {
    key: "billableHoursPerTechnician", label: "Billable hours per technician", kind: "number", bounds: { min: 0, minExclusive: true },
    hint: "enter the work and travel hours one technician can give clients in a month, above 0 (such as 120)",
    aliases: ["Billable hours per tech", "Billable hours", "Hours per technician", "Capacity per technician", "Billable hours per month"],
  },
  { key: "homeSegment", label: "Home segment", kind: "text", hint: "enter the segment compared as home clients, such as Home" },
  { key: "businessSegment", label: "Business segment", kind: "text", hint: "enter the segment compared as small-business clients, such as Small business" },
  // Issue 13: the consultant's contact line on proposals. Late in the list, so every other setting keeps its row.
  {
    key: "contact", label: "Contact", kind: "text",
    hint: "enter a phone number, e-mail or web address to print on proposals",
    aliases: ["Contact details", "Contact info", "Contact line"],
  },
  // Blank by default: the months are then counted from the Time log's dates (PRICING.md §1).
  {
    key: "timeLogMonths", label: "Time log months", kind: "number", bounds: { min: 1, whole: true },
    hint: "enter the whole number of months the Time log covers, 1 or more, or leave it blank to count them from its dates",
    aliases: ["Months logged", "Log months", "Months in time log", "Time log period"],
  },
  // PRICING.md v3: renewals (§5c) and the order of text dates (§1).
  {
    key: "annualIncrease", label: "Annual increase", kind: "number", bounds: { min: 0, max: 0.5 },
    hint: "enter what agreement prices rise by at each anniversary, a fraction from 0 to 0.5, such as 0.05 or 5%",
    aliases: ["Annual price increase", "Yearly increase", "Price increase", "Escalator", "Annual escalator", "Annual uplift"],
  },
  {
    key: "annualCostIncrease", label: "Annual cost increase", kind: "number", bounds: { min: 0, max: 0.5 },
    hint: "enter what your costs of serving a client rise by in a year, a fraction from 0 to 0.5, such as 0.04 or 4%",
    aliases: ["Yearly cost increase", "Cost increase", "Cost inflation", "Annual cost inflation"],
  },
  {
    key: "dateOrder", label: "Date order", kind: "dateOrder",
    hint: "enter MDY (month/day/year, as in the US) or DMY (day/month/year), or leave it blank to find the order from the Time log",
    aliases: ["Date format"],
  },
];

/** Settings whose default is blank (nothing is guessed): left out or left blank, they need no warning. */
export const BLANK_BY_DEFAULT: ReadonlySet<SettingKey> = new Set<SettingKey>(["contact", "timeLogMonths", "dateOrder"]);

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
  if (bounds.whole && !Number.isInteger(value)) return false;
  return true;
}
