/**
 * The six input tables of PRICING.md §1: how each is named, which columns it has, and where a
 * workbook holds it (an Excel table of that name, else a sheet of that name).
 */
import type { TableKey } from "./grid";
import { normalizeName } from "./normalize";

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** As the sample writes it and as messages name it. */
  header: string;
  required: boolean;
  /** Other headings accepted when no column carries the header itself (`Client name` for `Client`). */
  aliases?: readonly string[];
}

export interface TableSpec<K extends string = string> {
  key: TableKey;
  /** As messages name the table: `Travel zones`. */
  displayName: string;
  /** The sheet the sample writes it on. */
  sheetName: string;
  /** The Excel table name the sample gives it (no spaces: Excel forbids them). */
  tableName: string;
  /** Clients and Tiers must be present with at least one row. */
  required: boolean;
  columns: readonly ColumnSpec<K>[];
}

export const SETTINGS_TABLE: TableSpec<"setting" | "value"> = {
  key: "settings",
  displayName: "Settings",
  sheetName: "Settings",
  tableName: "Settings",
  required: false,
  columns: [
    { key: "setting", header: "Setting", required: true, aliases: ["Settings", "Name"] },
    { key: "value", header: "Value", required: true },
  ],
};

export type TierColumn =
  | "tier" | "monthlyFee" | "includedHours" | "responseTime" | "travelIncluded" | "extraHourRate" | "segment"
  | "perUser" | "perDevice" | "perServer" | "minimumFee" | "onboardingFee";

export const TIERS_TABLE: TableSpec<TierColumn> = {
  key: "tiers",
  displayName: "Tiers",
  sheetName: "Tiers",
  tableName: "Tiers",
  required: true,
  columns: [
    { key: "tier", header: "Tier", required: true, aliases: ["Tier name"] },
    { key: "monthlyFee", header: "Monthly fee", required: true, aliases: ["Fee", "Monthly price"] },
    { key: "includedHours", header: "Included hours", required: false, aliases: ["Hours included"] },
    { key: "responseTime", header: "Response time (hours)", required: false },
    { key: "travelIncluded", header: "Travel included", required: false, aliases: ["Includes travel"] },
    { key: "extraHourRate", header: "Extra hour rate", required: false, aliases: ["Extra hourly rate", "Overage rate"] },
    { key: "segment", header: "Segment", required: false },
    // PRICING.md v2: per-unit prices, a floor and a one-time fee, as PSAs and MSPs name them.
    { key: "perUser", header: "Per user", required: false, aliases: ["Per seat", "Price per user", "Price per seat", "Fee per user", "User price", "Per user price"] },
    { key: "perDevice", header: "Per device", required: false, aliases: ["Per endpoint", "Per workstation", "Price per device", "Price per endpoint", "Fee per device", "Device price", "Per device price"] },
    { key: "perServer", header: "Per server", required: false, aliases: ["Price per server", "Fee per server", "Server price", "Per server price"] },
    { key: "minimumFee", header: "Minimum fee", required: false, aliases: ["Minimum", "Floor", "Minimum monthly fee", "Monthly minimum", "Min fee", "Minimum charge"] },
    { key: "onboardingFee", header: "Onboarding fee", required: false, aliases: ["Onboarding", "Setup fee", "Set-up fee", "Setup", "Onboarding charge", "One-time fee", "Startup fee"] },
  ],
};

export type ClientColumn =
  | "client" | "segment" | "tier" | "distance" | "visitsPerMonth" | "hoursPerVisit" | "remoteHoursPerMonth"
  | "driveMinutes" | "users" | "devices" | "servers";

export const CLIENTS_TABLE: TableSpec<ClientColumn> = {
  key: "clients",
  displayName: "Clients",
  sheetName: "Clients",
  tableName: "Clients",
  required: true,
  columns: [
    { key: "client", header: "Client", required: true, aliases: ["Client name", "Customer"] },
    { key: "segment", header: "Segment", required: true },
    { key: "tier", header: "Tier", required: false },
    { key: "distance", header: "Distance", required: true, aliases: ["One-way distance", "Distance one way"] },
    { key: "visitsPerMonth", header: "Visits per month", required: true, aliases: ["Monthly visits", "Visits"] },
    { key: "hoursPerVisit", header: "Hours per visit", required: false, aliases: ["On-site hours per visit", "Onsite hours per visit"] },
    { key: "remoteHoursPerMonth", header: "Remote hours per month", required: false, aliases: ["Remote hours"] },
    { key: "driveMinutes", header: "Drive minutes", required: false, aliases: ["Drive time", "One-way drive minutes"] },
    // PRICING.md v2: what the client has under management, as MSPs count it.
    { key: "users", header: "Users", required: false, aliases: ["Seats", "User count", "Number of users", "Users under management"] },
    { key: "devices", header: "Devices", required: false, aliases: ["Endpoints", "Workstations", "Device count", "Number of devices", "Devices under management"] },
    { key: "servers", header: "Servers", required: false, aliases: ["Server count", "Number of servers"] },
  ],
};

export const TRAVEL_ZONES_TABLE: TableSpec<"upTo" | "tripCharge"> = {
  key: "travelZones",
  displayName: "Travel zones",
  sheetName: "Travel Zones",
  tableName: "TravelZones",
  required: false,
  columns: [
    { key: "upTo", header: "Up to", required: true },
    { key: "tripCharge", header: "Trip charge", required: true },
  ],
};

export const BENEFITS_TABLE: TableSpec<"benefit"> = {
  key: "benefits",
  displayName: "Benefits",
  sheetName: "Benefits",
  tableName: "Benefits",
  required: false,
  columns: [{ key: "benefit", header: "Benefit", required: true, aliases: ["Benefits"] }],
};

export type TimeLogColumn = "client" | "date" | "hours" | "onSite" | "amount";

/**
 * What the consultant actually did, one row per time entry (PRICING.md §1). The aliases are the
 * headings of the common exports, so a file is pasted as it comes: Harvest (`Spent date`,
 * `Billable Amount`), Toggl (`Start date`, `Duration` hh:mm:ss, `Amount (USD)`), Clockify,
 * QuickBooks Time (`Local date`, `Customer`), and PSA time-entry reports (ConnectWise `Company`,
 * `Hours actual`; Autotask `Account`, `Date worked`, `Hours worked`).
 */
export const TIME_LOG_TABLE: TableSpec<TimeLogColumn> = {
  key: "timeLog",
  displayName: "Time log",
  sheetName: "Time Log",
  tableName: "TimeLog",
  required: false,
  columns: [
    { key: "client", header: "Client", required: true, aliases: ["Client name", "Customer", "Customer name", "Company", "Company name", "Account", "Account name"] },
    {
      key: "date", header: "Date", required: true,
      aliases: ["Spent date", "Start date", "Date worked", "Work date", "Entry date", "Local date", "Date of service", "Service date", "Date started"],
    },
    {
      key: "hours", header: "Hours", required: true,
      aliases: ["Duration", "Hours worked", "Hours actual", "Actual hours", "Time spent", "Hours spent"],
    },
    { key: "onSite", header: "On site", required: false, aliases: ["Onsite visit", "On site visit", "Site visit", "At client site"] },
    {
      key: "amount", header: "Amount", required: false,
      aliases: ["Billable amount", "Billed amount", "Amount billed", "Invoiced amount", "Invoice amount", "Billable total", "Charge"],
    },
  ],
};

/** Every input table by key. */
export const TABLES = {
  settings: SETTINGS_TABLE,
  tiers: TIERS_TABLE,
  clients: CLIENTS_TABLE,
  travelZones: TRAVEL_ZONES_TABLE,
  benefits: BENEFITS_TABLE,
  timeLog: TIME_LOG_TABLE,
} as const satisfies Record<TableKey, TableSpec>;

/** The order of PRICING.md §1; problems are reported in this order too. */
export const TABLE_KEYS: readonly TableKey[] = ["settings", "tiers", "clients", "travelZones", "benefits", "timeLog"];

/** The names a table answers to, normalised: its display, sheet and Excel table names, and its key. */
function tableNames(key: TableKey): Set<string> {
  const spec = TABLES[key];
  return new Set([spec.displayName, spec.sheetName, spec.tableName, key].map(normalizeName));
}

export type TableLocation =
  | { source: "table"; tableName: string; sheet: string }
  | { source: "sheet"; sheet: string };

export interface WorkbookIndex {
  /** The workbook's Excel tables (ListObjects) and the sheet each sits on. */
  tables: { name: string; sheet: string }[];
  /** Every worksheet name, in workbook order. */
  sheets: string[];
}

/**
 * Where each input table is: an Excel table whose normalised name matches, else a worksheet whose
 * normalised name matches (its first row holds the headers), else null. The first match in the
 * workbook's own order wins. Shells call this between their "find" and "load" steps.
 */
export function locateTables(input: WorkbookIndex): Record<TableKey, TableLocation | null> {
  const located = {} as Record<TableKey, TableLocation | null>;
  for (const key of TABLE_KEYS) {
    const names = tableNames(key);
    const table = input.tables.find((t) => names.has(normalizeName(t.name)));
    const sheet = input.sheets.find((s) => names.has(normalizeName(s)));
    located[key] = table
      ? { source: "table", tableName: table.name, sheet: table.sheet }
      : sheet !== undefined
        ? { source: "sheet", sheet }
        : null;
  }
  return located;
}
