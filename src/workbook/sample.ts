/**
 * The built-in sample model: a small IT company ("Summit IT Services") with three tiers, 28
 * clients (home, small business and a few larger accounts, near and far), travel zones and the
 * benefits of an agreement. `npm run cli -- sample` and the add-in's "Create sample model" write
 * it; tests and the CLI can analyse it directly through `sampleGrids()`.
 *
 * The figures are picked so that the analysis has something to say: with the default settings,
 * some hourly clients are recommended onto each tier, a few tier clients are better off hourly,
 * and some clients sit 45–60 minutes out where travel eats the margin.
 */
import { DEFAULT_SETTINGS } from "./defaults";
import type { CellValue, Grid, TableKey } from "./grid";
import { SETTINGS_SCHEMA } from "./settingsSchema";
import { TABLES } from "./tables";

export interface SampleTable {
  key: TableKey;
  sheet: string;
  tableName: string;
  header: string[];
  rows: CellValue[][];
}

export const SAMPLE_BUSINESS_NAME = "Summit IT Services";

/** What each setting means, for the sample's Notes column (the parser ignores unknown columns). */
const SETTING_NOTES: Record<string, string> = {
  businessName: "Printed at the top of the rate card",
  currency: "ISO 4217 code (USD, EUR, GBP, …)",
  distanceUnit: "miles or km",
  hourlyRate: "Pay-as-you-go rate per hour",
  agreementHourlyRate: "Rate per hour beyond a tier's included hours",
  billingIncrement: "Hours are rounded up to this (0.25 = 15 minutes; 0 = no rounding)",
  minimumHoursPerVisit: "Pay-as-you-go minimum per on-site visit (agreements have none)",
  freeTravelRadius: "One-way distance with no travel charge",
  tripCharge: "Per visit beyond the free radius (the Travel Zones table replaces it when it has rows)",
  mileageRate: "Per unit of round-trip distance beyond the free radius",
  travelTimeRate: "Per hour of round-trip drive time beyond the free radius",
  averageSpeed: "Used when a client has no Drive minutes",
  technicianCost: "Loaded cost of one technician hour, on site or driving",
  vehicleCost: "Per unit of distance driven",
  targetMargin: "A tier is recommended only if it earns at least this margin",
  maxPremiumOverHourly: "…and costs the client at most this much more than hourly billing",
  contact: "Printed under the business name on proposals",
};

export const SAMPLE_CONTACT = "(555) 010-4477 · hello@summit-it.example";

function settingsTable(): SampleTable {
  const values = { ...DEFAULT_SETTINGS, businessName: SAMPLE_BUSINESS_NAME, contact: SAMPLE_CONTACT };
  return {
    key: "settings",
    sheet: TABLES.settings.sheetName,
    tableName: TABLES.settings.tableName,
    header: ["Setting", "Value", "Notes"],
    rows: SETTINGS_SCHEMA.map((s) => [s.label, values[s.key], SETTING_NOTES[s.key] ?? null]),
  };
}

const TIERS: CellValue[][] = [
  // Tier, Monthly fee, Included hours, Response time (hours), Travel included, Extra hour rate, Segment
  ["Essentials", 250, 2, 24, "No", null, "Home"],
  ["Business", 900, 8, 4, "Yes", null, "Small business"],
  ["Premier", 2500, 24, 1, "Yes", 85, "Large business"],
];

const CLIENTS: CellValue[][] = [
  // Client, Segment, Tier, Distance (miles), Visits per month, Hours per visit, Remote hours per month, Drive minutes
  ["Linda Park", "Home", "Hourly", 4, 0.5, 1, 0.5, null],
  ["The Alvarez Family", "Home", "Hourly", 7, 1, 1.5, 0.5, null],
  ["Tom Becker", "Home", "Hourly", 11, 0.5, 1, 0, null],
  ["Grace Okafor", "Home", "Essentials", 6, 1, 1, 1, null],
  ["Martin & Sue Hale", "Home", "Hourly", 18, 0.5, 1.5, 0.5, null],
  ["Priya Raman (home office)", "Home", "Essentials", 9, 1, 1.5, 1.5, null],
  ["Walt Jensen", "Home", "Hourly", 23, 0.5, 1, 0, 40],
  ["Dana Whitfield", "Home", "Hourly", 2, 1, 0.75, 0.25, null],
  ["The Nguyen Household", "Home", "Hourly", 14, 0.5, 1.25, 0, null],
  ["Ruth Castillo", "Home", "Hourly", 26, 0.25, 2, 0, 50],
  ["Kevin Doyle", "Home", "Hourly", 5, 0.5, 1, 1, null],
  ["Helen Marsh", "Home", "Hourly", 31, 0.25, 1.5, 0.5, 55],
  ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, null],
  ["Brightside Bakery", "Small business", "Hourly", 3, 1, 1.5, 1, null],
  ["Cedar Law Group", "Small business", "Business", 8, 2, 2, 4, null],
  ["Delgado Auto Repair", "Small business", "Hourly", 12, 1, 2, 1, null],
  ["Evergreen Vet Clinic", "Small business", "Hourly", 17, 2, 1.5, 3, null],
  ["Foxglove Florist", "Small business", "Hourly", 6, 0.5, 1, 0.5, null],
  ["Granite Ridge Realty", "Small business", "Hourly", 22, 2, 1.5, 2, null],
  ["Harbor Accounting", "Small business", "Hourly", 9, 3, 2, 4, null],
  ["Iron Bridge Brewing", "Small business", "Hourly", 27, 1, 2.5, 1, 48],
  ["Juniper Yoga Studio", "Small business", "Essentials", 4, 0.5, 1, 1, null],
  ["Kestrel Insurance Agency", "Small business", "Hourly", 15, 2, 1.25, 3, null],
  ["Lakeview Chiropractic", "Small business", "Hourly", 29, 1, 2, 2, 58],
  ["Northgate Manufacturing", "Large business", "Premier", 24, 4, 3, 8, 35],
  ["Oakmont School District", "Large business", "Hourly", 13, 6, 2.5, 8, null],
  ["Pinnacle Medical Group", "Large business", "Hourly", 19, 4, 3, 6, null],
  ["Quarry Hill Logistics", "Large business", "Hourly", 33, 3, 3.5, 6, 52],
];

/** Beyond the free radius, the charge grows with distance; the first zone matches the Trip charge setting. */
const TRAVEL_ZONES: CellValue[][] = [
  [25, 45],
  [40, 65],
  [60, 95],
];

const BENEFITS: CellValue[][] = [
  ["One predictable monthly fee: no surprise invoices"],
  ["Support hours included every month, extra hours at a reduced rate"],
  ["Guaranteed response times, as fast as 1 hour on Premier"],
  ["No trip charges: travel is included on Business and Premier"],
  ["No one-hour minimum per visit: you pay only for the time we spend"],
  ["Proactive monitoring and patching that stop problems before they start"],
  ["Remote help desk for quick fixes without waiting for a visit"],
  ["Backups checked and test-restored every month"],
  ["Your network, passwords and vendors documented and kept up to date"],
  ["A quarterly technology review to plan upgrades and budgets"],
];

/** The five input tables of the sample, each as a header and rows. */
export function sampleModelTables(): SampleTable[] {
  const table = (key: TableKey, header: string[], rows: CellValue[][]): SampleTable => ({
    key,
    sheet: TABLES[key].sheetName,
    tableName: TABLES[key].tableName,
    header,
    rows: rows.map((r) => [...r]),
  });
  return [
    settingsTable(),
    table("tiers", ["Tier", "Monthly fee", "Included hours", "Response time (hours)", "Travel included", "Extra hour rate", "Segment"], TIERS),
    table("clients", ["Client", "Segment", "Tier", "Distance (miles)", "Visits per month", "Hours per visit", "Remote hours per month", "Drive minutes"], CLIENTS),
    table("travelZones", ["Up to (miles)", "Trip charge"], TRAVEL_ZONES),
    table("benefits", ["Benefit"], BENEFITS),
  ];
}

/** The sample as the shells would read it: each table an Excel table at A1 of its own sheet. */
export function sampleGrids(): Grid[] {
  return sampleModelTables().map((t) => ({
    key: t.key,
    sheet: t.sheet,
    source: "table",
    tableName: t.tableName,
    origin: { row: 0, col: 0 },
    values: [[...t.header], ...t.rows],
  }));
}
