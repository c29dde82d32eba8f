/**
 * The six input tables of PRICING.md §1: how each is named, which columns it has, and where a
 * workbook holds it (an Excel table of that name, else a sheet of that name).
 */
import type { TableKey } from "./grid";
import { headingKeys, sameHeading } from "./headings";
import { normalizeName } from "./normalize";

/** What a number column measures, for times (`1:30` = 1.5 h) and units typed in its cells (`12 mi`). */
export type ColumnUnit = "hours" | "minutes" | "distance" | "money" | "visits";

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** As the sample writes it and as messages name it. */
  header: string;
  required: boolean;
  /**
   * The vocabulary: other headings consultants and PSA/accounting exports use for the column
   * (`Plan` for `Tier`), accepted when no column carries the header itself. Abbreviations are
   * expanded before comparing (headings.ts), so `Hrs per visit` needs no entry of its own.
   */
  aliases?: readonly string[];
  unit?: ColumnUnit;
  /**
   * Tables read with `oneNote` (the Time log): when several headings name the column, which one is
   * read — the first of these (headings compared by `normalizeName`, their brackets kept, so
   * `Duration (decimal)` comes before `Duration`), then the vocabulary's order. The others are
   * named as not read.
   */
  prefer?: readonly (string | RegExp)[];
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
    { key: "tier", header: "Tier", required: true, aliases: ["Tier name", "Plan", "Plan name", "Package", "Agreement", "Service level", "Level", "Name"] },
    {
      key: "monthlyFee", header: "Monthly fee", required: true, unit: "money",
      aliases: ["Fee", "Monthly price", "Price", "Price per month", "Monthly", "Monthly rate", "Fee per month", "Monthly charge", "MRR", "Cost per month"],
    },
    { key: "includedHours", header: "Included hours", required: false, unit: "hours", aliases: ["Hours included", "Hours", "Hours per month", "Included hours per month", "Block hours", "Hours in plan"] },
    { key: "responseTime", header: "Response time (hours)", required: false, unit: "hours", aliases: ["Response", "SLA", "Response SLA", "Response hours", "SLA hours"] },
    { key: "travelIncluded", header: "Travel included", required: false, aliases: ["Includes travel", "Travel", "Travel covered", "Onsite travel included"] },
    {
      key: "extraHourRate", header: "Extra hour rate", required: false, unit: "money",
      aliases: ["Extra hourly rate", "Overage rate", "Overage", "Additional hour rate", "Additional hourly rate", "Extra hours rate", "Excess hour rate", "Rate beyond included hours"],
    },
    { key: "segment", header: "Segment", required: false, aliases: ["Segments", "Target segment", "Meant for", "For", "Offered to"] },
    // PRICING.md v2: per-unit prices, a floor and a one-time fee, as PSAs and MSPs name them.
    { key: "perUser", header: "Per user", required: false, unit: "money", aliases: ["Per seat", "Price per user", "Price per seat", "Fee per user", "User price", "Per user price"] },
    { key: "perDevice", header: "Per device", required: false, unit: "money", aliases: ["Per endpoint", "Per workstation", "Price per device", "Price per endpoint", "Fee per device", "Device price", "Per device price"] },
    { key: "perServer", header: "Per server", required: false, unit: "money", aliases: ["Price per server", "Fee per server", "Server price", "Per server price"] },
    { key: "minimumFee", header: "Minimum fee", required: false, unit: "money", aliases: ["Minimum", "Floor", "Minimum monthly fee", "Monthly minimum", "Min fee", "Minimum charge"] },
    { key: "onboardingFee", header: "Onboarding fee", required: false, unit: "money", aliases: ["Onboarding", "Setup fee", "Set-up fee", "Setup", "Onboarding charge", "One-time fee", "Startup fee"] },
  ],
};

export type ClientColumn =
  | "client" | "segment" | "tier" | "distance" | "visitsPerMonth" | "hoursPerVisit" | "remoteHoursPerMonth"
  | "driveMinutes" | "users" | "devices" | "servers" | "renewalDate";

export const CLIENTS_TABLE: TableSpec<ClientColumn> = {
  key: "clients",
  displayName: "Clients",
  sheetName: "Clients",
  tableName: "Clients",
  required: true,
  columns: [
    {
      key: "client", header: "Client", required: true,
      aliases: ["Client name", "Customer", "Customer name", "Company", "Company name", "Account", "Account name", "Organisation", "Client company"],
    },
    { key: "segment", header: "Segment", required: true, aliases: ["Client type", "Customer type", "Type", "Category", "Market", "Segment name", "Client segment"] },
    { key: "tier", header: "Tier", required: false, aliases: ["Plan", "Agreement", "Service plan", "Package", "Current tier", "Current plan", "Agreement tier", "Service level", "Contract"] },
    {
      key: "distance", header: "Distance", required: true, unit: "distance",
      aliases: ["One-way distance", "Distance one way", "Miles", "Km", "Distance from office", "Travel distance", "Miles one way", "Km one way", "Mileage"],
    },
    {
      key: "visitsPerMonth", header: "Visits per month", required: true, unit: "visits",
      aliases: ["Monthly visits", "Visits", "Onsite visits per month", "Site visits per month", "Visits per month onsite", "Trips per month", "Visit frequency"],
    },
    {
      key: "hoursPerVisit", header: "Hours per visit", required: false, unit: "hours",
      aliases: ["On-site hours per visit", "Onsite hours per visit", "Onsite hours", "Time per visit", "Visit length", "Visit duration", "Average hours per visit", "Hours onsite per visit"],
    },
    {
      key: "remoteHoursPerMonth", header: "Remote hours per month", required: false, unit: "hours",
      aliases: ["Remote hours", "Remote support hours", "Remote support hours per month", "Remote time per month", "Monthly remote hours", "Remote"],
    },
    {
      key: "driveMinutes", header: "Drive minutes", required: false, unit: "minutes",
      aliases: ["Drive", "Drive time", "One-way drive minutes", "Drive minutes one way", "Travel time", "Travel minutes", "Minutes each way", "Drive time one way"],
    },
    // PRICING.md v2: what the client has under management, as MSPs count it.
    { key: "users", header: "Users", required: false, aliases: ["Seats", "User count", "Number of users", "Users under management"] },
    { key: "devices", header: "Devices", required: false, aliases: ["Endpoints", "Workstations", "Device count", "Number of devices", "Devices under management", "PCs", "PC", "Computers", "Number of PCs", "Number of computers", "PC count"] },
    { key: "servers", header: "Servers", required: false, aliases: ["Server count", "Number of servers"] },
    // PRICING.md v3 §5c: when the client's agreement next renews.
    { key: "renewalDate", header: "Renewal date", required: false, aliases: ["Renewal", "Renews", "Renews on", "Next renewal", "Renewal due", "Contract renewal", "Anniversary", "Anniversary date"] },
  ],
};

export const TRAVEL_ZONES_TABLE: TableSpec<"upTo" | "tripCharge"> = {
  key: "travelZones",
  displayName: "Travel zones",
  sheetName: "Travel Zones",
  tableName: "TravelZones",
  required: false,
  columns: [
    { key: "upTo", header: "Up to", required: true, unit: "distance", aliases: ["Up to distance", "Distance up to", "Max distance", "Maximum distance", "Distance", "Zone limit", "Within"] },
    { key: "tripCharge", header: "Trip charge", required: true, unit: "money", aliases: ["Trip fee", "Charge", "Travel charge", "Call-out fee", "Callout fee", "Fee"] },
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

export type TimeLogColumn = "client" | "date" | "hours" | "onSite" | "amount" | "workType";

/**
 * What the consultant actually did, one row per time entry (PRICING.md §1). The aliases are the
 * headings of the exports consultants have (test/core/timeLog/exports/README.md cites each
 * vendor's page): Harvest (`Date`, `Client`, `Task`, `Hours`, `Billable Amount`), Toggl (`Start
 * date`, `Duration` hh:mm:ss, `Tags`, `Amount (USD)`), Clockify (`Duration (h)`, `Duration
 * (decimal)`, `Billable Amount (USD)`), QuickBooks Time (`local_date`, `Customer`), ConnectWise
 * (`Company`, `Actual Hours`, `Work Type`, `Work Role`), Autotask (`Account`, `Date Worked`, `Hours
 * Worked`), HaloPSA (`Client Name`, `Time Taken`), Syncro (`Customer`).
 */
export const TIME_LOG_TABLE: TableSpec<TimeLogColumn> = {
  key: "timeLog",
  displayName: "Time log",
  sheetName: "Time Log",
  tableName: "TimeLog",
  required: false,
  columns: [
    {
      key: "client", header: "Client", required: true,
      aliases: ["Client name", "Customer", "Customer name", "Company", "Company name", "Account", "Account name"],
    },
    {
      key: "date", header: "Date", required: true,
      aliases: ["Spent date", "Start date", "Date worked", "Work date", "Entry date", "Local date", "Date of service", "Service date", "Date started", "Time entry date"],
    },
    {
      key: "hours", header: "Hours", required: true, unit: "hours",
      aliases: ["Hours worked", "Actual hours", "Hours actual", "Duration (decimal)", "Duration (h)", "Duration", "Time spent", "Hours spent", "Time taken", "Time worked"],
      // PRICING.md §1: Hours, Hours Worked, Actual Hours, Duration (decimal), Duration (h), Duration.
      prefer: ["hours", "hoursworked", "actualhours", "hoursactual", "durationdecimal", "durationh", "duration"],
    },
    { key: "onSite", header: "On site", required: false, aliases: ["Onsite visit", "On site visit", "Site visit", "At client site"] },
    {
      key: "amount", header: "Amount", required: false, unit: "money",
      aliases: ["Billable amount", "Billed amount", "Amount billed", "Invoiced amount", "Invoice amount", "Inv amt", "Billable total", "Charge"],
      // PRICING.md §1: Billable Amount, Amount (USD) and the like, Amount.
      prefer: [/^billableamount(?:[a-z]{3})?$/, /^amount[a-z]{3}$/, "amount"],
    },
    // PRICING.md §1: with no On site column, the first of these says which entries were remote.
    { key: "workType", header: "Type", required: false, aliases: ["Work type", "Task", "Tags", "Category", "Service", "Location", "Work role"] },
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

/** A table or sheet name as compared: normalised, a `tbl` prefix dropped (`tblClients` = `Clients`). */
export function tableNameKey(name: string): string {
  const key = normalizeName(name);
  return key.startsWith("tbl") && key.length > 3 ? key.slice(3) : key;
}

export type TableLocation =
  | { source: "table"; tableName: string; sheet: string; byHeadings?: boolean }
  | { source: "sheet"; sheet: string };

export interface WorkbookIndex {
  /** The workbook's Excel tables (ListObjects), the sheet each sits on and (when known) its headings. */
  tables: { name: string; sheet: string; headers?: readonly string[] }[];
  /** Every worksheet name, in workbook order. */
  sheets: string[];
}

/** Does a row of headings hold every required column of the table? */
export function holdsRequiredHeadings(spec: TableSpec, headers: readonly string[]): boolean {
  const keys = headers.map(headingKeys);
  return spec.columns
    .filter((c) => c.required)
    .every((c) => [c.header, ...(c.aliases ?? [])].some((name) => keys.some((k) => sameHeading(k, headingKeys(name)))));
}

/** How many of the table's columns a row's headings name (0: the row is no header row of it). */
export function recognisedHeadings(spec: TableSpec, headers: readonly string[]): number {
  const keys = headers.filter((h) => h !== "").map(headingKeys);
  return spec.columns.filter((c) => [c.header, ...(c.aliases ?? [])].some((name) => keys.some((k) => sameHeading(k, headingKeys(name))))).length;
}

/** Tables recognised by their headings, in this order: the required ones first. */
const BY_HEADINGS: readonly TableKey[] = ["clients", "tiers", "travelZones", "settings"];

/**
 * Where each input table is: an Excel table whose normalised name matches, else a worksheet whose
 * normalised name matches (its first row holds the headers), else null. The first match in the
 * workbook's own order wins. Shells call this between their "find" and "load" steps.
 */
export function locateTables(input: WorkbookIndex): Record<TableKey, TableLocation | null> {
  const located = {} as Record<TableKey, TableLocation | null>;
  const named = new Set<string>();
  for (const key of TABLE_KEYS) {
    const names = tableNames(key);
    const table = input.tables.find((t) => names.has(tableNameKey(t.name)));
    const sheet = input.sheets.find((s) => names.has(tableNameKey(s)));
    if (table) named.add(table.name);
    located[key] = table
      ? { source: "table", tableName: table.name, sheet: table.sheet }
      : sheet !== undefined
        ? { source: "sheet", sheet }
        : null;
  }
  // An Excel table with a name of its own (`Table3`) whose headings are those of a table not
  // found by name is that table (PRICING.md §1); the reader says it was recognised so.
  for (const key of BY_HEADINGS) {
    if (located[key] !== null) continue;
    const table = input.tables.find((t) => !named.has(t.name) && t.headers && holdsRequiredHeadings(TABLES[key], t.headers));
    if (!table) continue;
    named.add(table.name);
    located[key] = { source: "table", tableName: table.name, sheet: table.sheet, byHeadings: true };
  }
  return located;
}

/** A sheet or Excel table that looks like a required table not found by its name. */
export interface Lookalike {
  /** The sheet (or Excel table) to rename. */
  name: string;
  kind: "sheet" | "table";
  /** Found by its name (`Clients 2026`) or by its headings (`Service Plans` holding Tier and Monthly fee). */
  by: "name" | "headings";
}

/**
 * PRICING.md §1 (Bad input): a required table missing while a sheet or Excel table looks like it.
 * `tops` are each visible sheet's first rows as text (hidden sheets are never suggested).
 */
export function findLookalike(key: TableKey, index: WorkbookIndex, tops: ReadonlyMap<string, readonly (readonly string[])[]>): Lookalike | null {
  const names = [...tableNames(key)].flatMap((n) => [n, n.replace(/s$/, "")]).filter((n) => n.length >= 4);
  const looksNamed = (name: string) => names.some((n) => tableNameKey(name).includes(n));
  const table = index.tables.find((t) => tops.has(t.sheet) && looksNamed(t.name));
  if (table) return { name: table.name, kind: "table", by: "name" };
  const sheet = index.sheets.find((s) => tops.has(s) && looksNamed(s));
  if (sheet !== undefined) return { name: sheet, kind: "sheet", by: "name" };
  const byHeadings = index.sheets.find((s) => (tops.get(s) ?? []).slice(0, 20).some((row) => holdsRequiredHeadings(TABLES[key], row)));
  return byHeadings !== undefined ? { name: byHeadings, kind: "sheet", by: "headings" } : null;
}
