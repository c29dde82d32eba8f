/**
 * The built-in sample model: a small managed-service provider in 2026 ("Summit IT Services", two
 * technicians) with four tiers (one priced per user and device, with a minimum and an onboarding
 * fee), the monthly cost of its tool stack per user, device and server, 28 clients (home, small
 * business with their users, devices and servers, and a few larger accounts, near and far),
 * travel zones, the benefits of an agreement, and a year's Time log for four of the clients. `npm run cli -- sample` and the add-in's "Create sample model" write
 * it; tests and the CLI can analyse it directly through `sampleGrids()`.
 *
 * The figures are picked so that the analysis has something to say: with the default settings,
 * some hourly clients are recommended onto each tier, a few tier clients are better off hourly,
 * and some clients sit 45–60 minutes out where travel eats the margin.
 */
import { DEFAULT_SETTINGS } from "./defaults";
import type { CellValue, Grid, TableKey } from "./grid";
import type { SettingKey } from "./model";
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
export const SAMPLE_CONTACT = "(555) 010-4477 · hello@summit-it.example";

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
  toolCostPerUser: "Per user on an agreement, a month: backup, email security, security training",
  toolCostPerDevice: "Per device on an agreement, a month: RMM agent, endpoint protection (EDR)",
  toolCostPerServer: "Per server on an agreement, a month: server backup, monitoring",
  contractTerm: "Months an agreement runs (onboarding fee on top)",
  technicians: "People who do the work",
  billableHoursPerTechnician: "Work and travel hours each technician can give clients a month",
  contact: "Printed under the business name on proposals",
  timeLogMonths: "Blank: counted from the Time log's dates",
};

/** The sample's own values where they differ from the defaults: a 2026 MSP's tool stack and team. */
const SAMPLE_SETTINGS: Partial<Record<SettingKey, CellValue>> = {
  businessName: SAMPLE_BUSINESS_NAME,
  toolCostPerUser: 6,
  toolCostPerDevice: 4,
  toolCostPerServer: 25,
  technicians: 2,
  contact: SAMPLE_CONTACT,
};

function settingsTable(): SampleTable {
  const values: Record<SettingKey, CellValue> = { ...DEFAULT_SETTINGS, ...SAMPLE_SETTINGS };
  return {
    key: "settings",
    sheet: TABLES.settings.sheetName,
    tableName: TABLES.settings.tableName,
    header: ["Setting", "Value", "Notes"],
    rows: SETTINGS_SCHEMA.map((s) => [s.label, values[s.key], SETTING_NOTES[s.key] ?? null]),
  };
}

const TIERS: CellValue[][] = [
  // Tier, Monthly fee, Included hours, Response time (hours), Travel included, Extra hour rate, Segment,
  // Per user, Per device, Per server, Minimum fee, Onboarding fee
  ["Essentials", 250, 2, 24, "No", null, "Home", null, null, null, null, null],
  ["Business", 900, 8, 4, "Yes", null, "Small business", null, null, null, null, 500],
  ["Managed", 0, 8, 2, "Yes", null, "Small business", 85, 5, 100, 650, 1000],
  ["Premier", 2000, 24, 1, "Yes", 85, "Large business", 45, null, 100, 2500, 2500],
];

const CLIENTS: CellValue[][] = [
  // Client, Segment, Tier, Distance (miles), Visits per month, Hours per visit, Remote hours per month, Drive minutes,
  // Users, Devices, Servers
  ["Linda Park", "Home", "Hourly", 4, 0.5, 1, 0.5, null, null, null, null],
  ["The Alvarez Family", "Home", "Hourly", 7, 1, 1.5, 0.5, null, null, null, null],
  ["Tom Becker", "Home", "Hourly", 11, 0.5, 1, 0, null, null, null, null],
  ["Grace Okafor", "Home", "Essentials", 6, 1, 1, 1, null, null, null, null],
  ["Martin & Sue Hale", "Home", "Hourly", 18, 0.5, 1.5, 0.5, null, null, null, null],
  ["Priya Raman (home office)", "Home", "Essentials", 9, 1, 1.5, 1.5, null, null, null, null],
  ["Walt Jensen", "Home", "Hourly", 23, 0.5, 1, 0, 40, null, null, null],
  ["Dana Whitfield", "Home", "Hourly", 2, 1, 0.75, 0.25, null, null, null, null],
  ["The Nguyen Household", "Home", "Hourly", 14, 0.5, 1.25, 0, null, null, null, null],
  ["Ruth Castillo", "Home", "Hourly", 26, 0.25, 2, 0, 50, null, null, null],
  ["Kevin Doyle", "Home", "Hourly", 5, 0.5, 1, 1, null, null, null, null],
  ["Helen Marsh", "Home", "Hourly", 31, 0.25, 1.5, 0.5, 55, null, null, null],
  ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, null, null, null, null],
  ["Brightside Bakery", "Small business", "Hourly", 3, 1, 1.5, 1, null, 4, 5, 0],
  ["Cedar Law Group", "Small business", "Business", 8, 2, 2, 4, null, 12, 15, 1],
  // Blank figures: these four clients' visits and hours come from their Time log (2025).
  ["Delgado Auto Repair", "Small business", "Hourly", 12, null, null, null, null, 6, 8, 1],
  ["Evergreen Vet Clinic", "Small business", "Hourly", 17, 2, 1.5, 3, null, 9, 14, 1],
  ["Foxglove Florist", "Small business", "Hourly", 6, 0.5, 1, 0.5, null, 3, 3, 0],
  ["Granite Ridge Realty", "Small business", "Hourly", 22, 2, 1.5, 2, null, 11, 13, 0],
  ["Harbor Accounting", "Small business", "Hourly", 9, null, null, null, null, 14, 16, 1],
  ["Iron Bridge Brewing", "Small business", "Hourly", 27, 1, 2.5, 1, 48, 7, 9, 1],
  ["Juniper Yoga Studio", "Small business", "Essentials", 4, null, null, null, null, 2, 3, 0],
  ["Kestrel Insurance Agency", "Small business", "Managed", 15, null, null, null, null, 8, 10, 1],
  ["Lakeview Chiropractic", "Small business", "Hourly", 29, 1, 2, 2, 58, 5, 7, 0],
  ["Northgate Manufacturing", "Large business", "Premier", 24, 4, 3, 8, 35, 20, 25, 2],
  ["Oakmont School District", "Large business", "Hourly", 13, 6, 2.5, 8, null, 80, 140, 4],
  ["Pinnacle Medical Group", "Large business", "Hourly", 19, 4, 3, 6, null, 18, 22, 1],
  ["Quarry Hill Logistics", "Large business", "Hourly", 33, 3, 3.5, 6, 52, 12, 15, 1],
];

/** Excel's serial number of a day of 2025 (1900 date system). */
function day2025(month: number, day: number): number {
  return Date.UTC(2025, month - 1, day) / 86_400_000 + 25_569;
}

/**
 * A year of time entries (2025) for four clients, as a time tracker would export them:
 * - Harbor Accounting: 3 visits a month averaging 2 h (one day logged as two entries), 4 remote
 *   hours; billed by the hour.
 * - Delgado Auto Repair: 2 long visits a month and 3 remote hours, but only the first visit is
 *   ever billed (the owner's friend): what it pays does not cover its time.
 * - Juniper Yoga Studio: on Essentials, yet two visits and 3 remote hours in the whole year.
 * - Kestrel Insurance Agency: on Managed; 2 visits of 1.25 h and 3 remote hours a month (its
 *   amounts are what it was billed by the hour before it signed).
 */
function timeLogRows(): CellValue[][] {
  const rows: CellValue[][] = [];
  const entry = (client: string, month: number, day: number, hours: number, onSite: boolean, amount: number | null) =>
    rows.push([day2025(month, day), client, hours, onSite ? "Yes" : "No", amount]);
  for (let m = 1; m <= 12; m++) {
    entry("Harbor Accounting", m, 5, 2, true, 250);
    entry("Harbor Accounting", m, 14, 1, true, 125);
    entry("Harbor Accounting", m, 14, 0.75, true, 93.75);
    entry("Harbor Accounting", m, 23, 2.25, true, 281.25);
    for (const day of [3, 10, 17, 24]) entry("Harbor Accounting", m, day, 1, false, 125);
    entry("Delgado Auto Repair", m, 8, 2.5, true, 312.5);
    entry("Delgado Auto Repair", m, 22, 2.5, true, 0);
    for (const day of [2, 12, 19]) entry("Delgado Auto Repair", m, day, 1, false, 0);
    if (m === 3 || m === 9) entry("Juniper Yoga Studio", m, 11, 1, true, null);
    if (m % 2 === 1) entry("Juniper Yoga Studio", m, 20, 0.5, false, null);
    entry("Kestrel Insurance Agency", m, 6, 1.25, true, 156.25);
    entry("Kestrel Insurance Agency", m, 20, 1.25, true, 156.25);
    for (const day of [9, 16, 27]) entry("Kestrel Insurance Agency", m, day, 1, false, 125);
  }
  return rows.sort((a, b) => (a[0] as number) - (b[0] as number));
}

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
  ["No trip charges: travel is included on Business, Managed and Premier"],
  ["No one-hour minimum per visit: you pay only for the time we spend"],
  ["Proactive monitoring, patching and endpoint protection that stop problems before they start"],
  ["Backups checked and test-restored every month, remote help desk for quick fixes"],
  ["A quarterly technology review to plan upgrades and budgets"],
];

/** The six input tables of the sample, each as a header and rows. */
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
    table("tiers", [
      "Tier", "Monthly fee", "Included hours", "Response time (hours)", "Travel included", "Extra hour rate", "Segment",
      "Per user", "Per device", "Per server", "Minimum fee", "Onboarding fee",
    ], TIERS),
    table("clients", [
      "Client", "Segment", "Tier", "Distance (miles)", "Visits per month", "Hours per visit", "Remote hours per month", "Drive minutes",
      "Users", "Devices", "Servers",
    ], CLIENTS),
    table("travelZones", ["Up to (miles)", "Trip charge"], TRAVEL_ZONES),
    table("benefits", ["Benefit"], BENEFITS),
    table("timeLog", ["Date", "Client", "Hours", "On site", "Amount"], timeLogRows()),
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
