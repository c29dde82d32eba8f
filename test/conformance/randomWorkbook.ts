/**
 * A seeded generator of random pricing models and the .xlsx workbooks that hold them, written
 * directly with ExcelJS (not through src/shells/xlsx), in the many shapes PRICING.md §1 allows: Excel
 * tables or plain sheets, shuffled columns, header spellings, numbers stored as text, optional
 * settings, zones and benefits, blank rows, unknown columns; and PRICING.md v2's columns and
 * settings (seats, devices, servers, per-unit prices, minimums, onboarding, tool costs, term,
 * capacity) under the names MSPs give them, in most workbooks but not all, so v1 workbooks are
 * still among them; and v3's tier segments (lists, All, a segment no client is in), tiers another
 * tier beats (dominated) and the Annual increase. Broken variants carry the cells a correct
 * implementation must name.
 */
import ExcelJS from "exceljs";
import { O_DEFAULTS, type OClient, type OEntry, type OModel, type OSettings, type OTier, type OTimeLog } from "./oracle";

/** What a cell holds: a value, or a formula with its cached result, or rich text, or an Excel error. */
export type Cell =
  | string | number | boolean | null | Date
  | { formula: string; result: number }
  | { richText: { text: string; font?: { bold?: boolean } }[] }
  | { error: "#N/A" | "#REF!" };
export type Key = "settings" | "tiers" | "clients" | "travelZones" | "benefits" | "timeLog";

export interface LaidTable {
  key: Key;
  sheet: string;
  /** An Excel table (ListObject) of this name, or a plain sheet with headers in row 1. */
  tableName?: string;
  /** 1-based row and column of the header row's first cell. */
  origin: { row: number; col: number };
  columns: { field: string; header: string }[];
  /** Data rows in order; null = a row left blank. */
  rows: (Record<string, Cell> | null)[];
  /** An Excel table's totals row (not data). */
  totalsRow?: boolean;
}

export interface Generated {
  seed: number;
  shape: string;
  model: OModel;
  tables: LaidTable[];
  /** Canonical names of the settings the workbook leaves out or leaves blank. */
  missingSettings: string[];
  /** Setting rows no implementation knows (a warning each). */
  unknownSettings?: string[];
  /** null when there is no Benefits table. */
  benefits: string[] | null;
  duplicateClientNames: string[];
  /** Sheets with no input table, in the order written. */
  extraSheets: string[];
}

/** What a correct implementation must report for a broken workbook. */
export type Expected =
  | { cell: string }
  /** A problem with a whole header row (a missing column, an empty table): any cell or range on it. */
  | { headerOf: { sheet: string; row: number } }
  /** A problem with no cell (a missing table): the message names the table. */
  | { mentions: string };

export interface Broken {
  seed: number;
  kind: string;
  tables: LaidTable[];
  extraSheets: string[];
  expected: Expected[];
}

// ---------- seeded randomness ----------

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(xs: T[]): T[];
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    shuffle: (xs) => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      return xs;
    },
  };
  return r;
}

// ---------- addresses ----------

export function colLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel style: 'Travel Zones'!A2, Clients!E7. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function cellOf(t: LaidTable, rowIndex: number, field: string): string {
  const j = t.columns.findIndex((c) => c.field === field);
  if (j < 0) throw new Error(`no column ${field} in ${t.key}`);
  return `${sheetRef(t.sheet)}!${colLetter(t.origin.col + j)}${t.origin.row + 1 + rowIndex}`;
}

// ---------- spellings ----------

/** A header as a user might type it: case, spaces, punctuation, a trailing unit in parentheses. */
function spell(r: Rng, canonical: string, unit: string | null): string {
  const words = canonical.split(" ");
  let s: string;
  switch (r.int(0, 7)) {
    case 0: s = canonical.toUpperCase(); break;
    case 1: s = canonical.toLowerCase(); break;
    case 2: s = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(""); break;
    case 3: s = words.join("_").toLowerCase(); break;
    case 4: s = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("-"); break;
    case 5: s = ` ${canonical}  `; break;
    case 6: s = `${canonical}${r.pick(["?", ":", "."])}`; break;
    default: s = canonical;
  }
  if (unit && r.chance(0.4)) s = `${s} (${unit})`;
  return s;
}

const SETTING_NAMES: Record<keyof OSettings, string> = {
  businessName: "Business name",
  currency: "Currency",
  distanceUnit: "Distance unit",
  hourlyRate: "Hourly rate",
  agreementHourlyRate: "Agreement hourly rate",
  billingIncrement: "Billing increment",
  minimumHoursPerVisit: "Minimum hours per visit",
  freeTravelRadius: "Free travel radius",
  tripCharge: "Trip charge",
  mileageRate: "Mileage rate",
  travelTimeRate: "Travel time rate",
  averageSpeed: "Average speed",
  technicianCost: "Technician cost",
  vehicleCost: "Vehicle cost",
  targetMargin: "Target margin",
  maxPremiumOverHourly: "Max premium over hourly",
  toolCostPerUser: "Tool cost per user",
  toolCostPerDevice: "Tool cost per device",
  toolCostPerServer: "Tool cost per server",
  contractTerm: "Contract term",
  technicians: "Technicians",
  billableHoursPerTechnician: "Billable hours per technician",
  annualIncrease: "Annual increase",
  annualCostIncrease: "Annual cost increase",
};
/** PRICING.md v3's annual increases: drawn from their own randomness (renewalSettings), so the rest of a seed stays as it was. */
const RENEWAL_SETTINGS: ReadonlySet<keyof OSettings> = new Set(["annualIncrease", "annualCostIncrease"]);
/** PRICING.md v2's settings: not in a v1 workbook. */
const V2_SETTINGS: ReadonlySet<keyof OSettings> = new Set([
  "toolCostPerUser", "toolCostPerDevice", "toolCostPerServer", "contractTerm", "technicians", "billableHoursPerTechnician", "annualIncrease",
]);
/** Other names consultants give the v2 settings (documented in the README). */
const SETTING_ALIASES: Partial<Record<keyof OSettings, string[]>> = {
  toolCostPerUser: ["Tool cost per seat", "Tools per user"],
  toolCostPerDevice: ["Tool cost per endpoint", "Tool cost per workstation"],
  toolCostPerServer: ["Tools per server"],
  contractTerm: ["Contract length", "Agreement term", "Term"],
  technicians: ["Techs", "Number of technicians"],
  billableHoursPerTechnician: ["Billable hours per tech", "Hours per technician"],
};
const SETTING_UNITS: Partial<Record<keyof OSettings, string>> = {
  hourlyRate: "$/h", freeTravelRadius: "miles", averageSpeed: "mph", billingIncrement: "hours",
  minimumHoursPerVisit: "hours", targetMargin: "%", vehicleCost: "per mile",
  contractTerm: "months", billableHoursPerTechnician: "hours", toolCostPerUser: "$/user",
};
export const SETTING_KEYS = Object.keys(SETTING_NAMES) as (keyof OSettings)[];
export function settingName(key: keyof OSettings): string {
  return SETTING_NAMES[key];
}

const MONEY = new Set([
  "hourlyRate", "agreementHourlyRate", "tripCharge", "mileageRate", "travelTimeRate", "technicianCost", "vehicleCost", "fee", "extraHourRate", "trip",
  "toolCostPerUser", "toolCostPerDevice", "toolCostPerServer", "perUser", "perDevice", "perServer", "minimumFee", "onboardingFee",
]);

/** A number as a cell: usually a number, sometimes text the way people type it. */
function numberCell(r: Rng, x: number, field: string, textShare = 0.3): Cell {
  // A formula with its cached result (ExcelJS's cell.value drops a cached 0: see the formula test).
  if (r.chance(0.04)) return { formula: `${x}*1`, result: x };
  if (!r.chance(textShare)) return x;
  const k = r.int(0, MONEY.has(field) ? 4 : 1);
  if (k === 0) return String(x);
  if (k === 1) return ` ${x} `;
  const grouped = x.toLocaleString("en-US", { maximumFractionDigits: 10 });
  return k === 2 ? `$${grouped}` : k === 3 ? ` $ ${grouped}` : grouped;
}

/** A fraction given as a whole percentage: 0.45 or "45%". */
function percentCell(r: Rng, pct: number): Cell {
  return r.chance(0.5) ? `${pct}%` : pct / 100;
}

/** Text as typed, or the same text partly formatted (Excel then stores rich text). */
function textCell(r: Rng, s: string): Cell {
  if (!r.chance(0.08) || s.length < 2) return s;
  const k = Math.floor(s.length / 2);
  return { richText: [{ text: s.slice(0, k), font: { bold: true } }, { text: s.slice(k) }] };
}

function yesNoCell(r: Rng, yes: boolean): Cell {
  if (!yes && r.chance(0.25)) return null;
  return r.pick(yes ? ["Yes", "yes", "TRUE", "True", true, "YES"] : ["No", "no", "FALSE", false, "NO"]);
}

// ---------- the random model ----------

const TIER_NAMES = ["Essentials", "Business", "Premier", "Basic", "Standard", "Pro", "Gold", "Silver", "Care Plus", "Total Care"];
const FIRST = ["Acme", "Birch", "Cedar", "Delta", "Evans", "Fox", "Garcia", "Hill", "Ivy", "Jones", "Kim", "Lopez", "Moss", "Nash", "Oak", "Park"];
const LAST = ["Dental", "Family", "Law", "Bakery", "Clinic", "Studio", "Farm", "Motors", "Partners", "Household"];
const SEGMENTS: readonly (readonly string[])[] = [
  ["Home", "home", " HOME ", "Home "],
  ["Small business", "small business", "Small Business", " small BUSINESS"],
  ["Large business", "large business"],
  ["Non-profit"],
];
const BENEFITS = [
  "Predictable monthly cost", "Priority response", "No trip charges on covered visits", "Proactive monitoring",
  "Patch management", "Quarterly review", "Discounted extra hours", "+ Free remote support", "=Peace of mind", "-No surprises",
];

export interface GenOptions {
  /** Every optional column and table present (broken variants need somewhere to break). */
  full?: boolean;
  minClients?: number;
}

export function generate(seed: number, opts: GenOptions = {}): Generated {
  const r = rng(seed * 7919 + 17);
  const full = opts.full ?? false;

  // A v2 workbook uses PRICING.md v2's columns and settings; a v1 workbook has none of them.
  const v2 = full || r.chance(0.75);

  // Settings: each present or left to its default.
  const hasSettings = full || r.chance(0.8);
  const unknownSettings: string[] = [];
  const settings: OSettings = { ...O_DEFAULTS };
  const present: (keyof OSettings)[] = [];
  const values: Partial<Record<keyof OSettings, Cell>> = {};
  const pct = { targetMargin: r.pick([20, 30, 37.5, 40, 45, 50, 60]), maxPremiumOverHourly: r.pick([0, 10, 12.5, 25, 50]) };
  const choices: Partial<Record<keyof OSettings, number[]>> = {
    hourlyRate: [85, 95, 110, 125, 137.5, 150, 175],
    agreementHourlyRate: [0, 75, 85, 95, 100],
    billingIncrement: [0, 0.1, 0.25, 0.25, 0.5, 1],
    minimumHoursPerVisit: [0, 0.5, 1, 2, 4],
    freeTravelRadius: [0, 5, 10, 15, 20, 25],
    tripCharge: [0, 25, 45, 60, 75],
    mileageRate: [0, 0, 0.5, 0.65, 1],
    travelTimeRate: [0, 0, 40, 60],
    averageSpeed: [25, 30, 40, 45, 50, 60],
    technicianCost: [30, 40, 45, 55],
    vehicleCost: [0, 0.5, 0.7, 0.9],
    toolCostPerUser: [0, 5, 12, 18.5, 25, 40],
    toolCostPerDevice: [0, 3, 8, 12.25],
    toolCostPerServer: [0, 25, 40, 90],
    contractTerm: [1, 6, 12, 24, 36, 60],
    technicians: [0.5, 1, 1, 1.5, 2, 3],
    billableHoursPerTechnician: [40, 100, 120, 140.5],
  };
  const blankValued: (keyof OSettings)[] = [];
  for (const key of SETTING_KEYS) {
    if (!v2 && V2_SETTINGS.has(key)) continue;
    if (RENEWAL_SETTINGS.has(key)) continue;
    if (!hasSettings || (!full && r.chance(0.25))) continue;
    present.push(key);
    if (!full && r.chance(0.05)) {
      blankValued.push(key); // listed with a blank Value: the default applies
      values[key] = r.pick([null, " "]);
      continue;
    }
    if (key === "businessName") {
      settings.businessName = r.pick(["Summit IT", "Byte Fixers LLC", "Zeta Computer Care"]);
      values[key] = settings.businessName;
    } else if (key === "currency") {
      settings.currency = r.pick(["USD", "EUR", "GBP", "CAD"]);
      values[key] = settings.currency;
    } else if (key === "distanceUnit") {
      settings.distanceUnit = r.chance(0.5) ? "miles" : "km";
      values[key] = settings.distanceUnit === "miles" ? r.pick(["miles", "Miles"]) : r.pick(["km", "KM"]);
    } else if (key === "targetMargin" || key === "maxPremiumOverHourly") {
      settings[key] = pct[key] / 100;
      values[key] = percentCell(r, pct[key]);
    } else {
      const x = r.pick(choices[key]!);
      settings[key] = x;
      values[key] = numberCell(r, x, key);
    }
  }

  // Tiers: fees and hours in realistic steps; sometimes a twin to exercise the tie rules.
  const tierCount = r.int(1, 5);
  const names = r.shuffle([...TIER_NAMES]).slice(0, tierCount);
  const tiers: OTier[] = names.map((name) => ({
    name,
    fee: r.pick([0, 99, 150, 250, 499.99, 900, 1200, 2500, 3000, r.int(50, 4000)]),
    included: r.pick([0, 1, 2, 2.5, 4, 8, 10, 16, 24]),
    responseTime: r.chance(0.6) ? r.pick([1, 2, 4, 8, 24, 48]) : null,
    travelIncluded: r.chance(0.5),
    extraHourRate: r.chance(0.5) ? r.pick([0, 75, 85, 110, 150]) : null,
  }));
  // v2: per-unit prices, a minimum and an onboarding fee, each column in some workbooks only.
  const hasPerUser = v2 && (full || r.chance(0.6));
  const hasPerDevice = v2 && (full || r.chance(0.5));
  const hasPerServer = v2 && (full || r.chance(0.4));
  const hasMinimum = v2 && (full || r.chance(0.5));
  const hasOnboarding = v2 && (full || r.chance(0.5));
  for (const t of tiers) {
    t.perUser = hasPerUser ? r.pick([0, 0, 25, 45, 60, 99.5]) : 0;
    t.perDevice = hasPerDevice ? r.pick([0, 0, 5, 10, 15]) : 0;
    t.perServer = hasPerServer ? r.pick([0, 0, 50, 150, 200]) : 0;
    t.minimumFee = hasMinimum ? r.pick([0, 0, 250, 600, 1000, 1500]) : 0;
    t.onboardingFee = hasOnboarding ? r.pick([0, 0, 250, 500, 750, 1999.99]) : 0;
  }
  if (tierCount >= 2 && r.chance(0.3)) {
    const twin = tiers[r.int(0, tierCount - 1)];
    tiers.push({ ...twin, name: "Twin " + twin.name });
  }
  // v3: the segments a tier is offered to, as consultants type them; "Enterprise" is no client's
  // segment (a warning at its cell, and a tier offered to no client when it is the only name).
  const tierSegments: (string | null)[] = tiers.map(() => (r.chance(0.3)
    ? r.pick(["Home", "Small business", "Any", "home; small-business", "Large business, Non-profit", "All", "Everyone", "Enterprise", "Home, Enterprise"])
    : null));
  // v3: a tier another one beats for every client (the same tier, dearer and with no more hours),
  // from its own randomness so the choices above stay as they were for a seed.
  const rd = rng(seed * 7331 + 5);
  if (rd.chance(0.4)) {
    const better = tiers[rd.int(0, tiers.length - 1)];
    const extra = rd.pick([0, 0.01, 25, 100]);
    tiers.push({
      ...better,
      name: "Value " + better.name,
      fee: better.fee + extra,
      minimumFee: (better.minimumFee ?? 0) > 0 ? (better.minimumFee ?? 0) + extra : better.minimumFee,
      // Fewer hours where the fee is the same, so it is worse in one thing at least.
      included: extra === 0 ? Math.max(0, better.included - rd.pick([0.5, 1, 2])) : better.included,
      onboardingFee: (better.onboardingFee ?? 0) + (hasOnboarding ? rd.pick([0, 0, 250]) : 0),
    });
    tierSegments.push(tierSegments[tiers.indexOf(better)]);
  }

  // Clients.
  const clientCount = r.int(Math.max(1, opts.minClients ?? 1), r.chance(0.1) ? 80 : 25);
  const clients: OClient[] = [];
  const used = new Set<string>();
  const duplicateClientNames: string[] = [];
  for (let i = 0; i < clientCount; i++) {
    let name = r.chance(0.05) ? String(1000 + i) : `${r.pick(FIRST)} ${r.pick(LAST)}`;
    if (used.has(name)) {
      if (r.chance(0.7)) name = `${name} ${i + 1}`;
      else if (!duplicateClientNames.includes(name)) duplicateClientNames.push(name);
    }
    used.add(name);
    const segment = r.pick(r.pick(SEGMENTS));
    let tier: string | null = null;
    if (r.chance(0.45)) {
      const t = r.pick(tiers).name;
      tier = r.pick([t, t.toUpperCase(), t.toLowerCase(), `  ${t} `]);
    } else {
      tier = r.pick([null, null, "Hourly", "hourly", " HOURLY ", "  "]);
    }
    clients.push({
      name,
      segment,
      tier,
      d: r.pick([0, settings.freeTravelRadius, r.int(0, 80), Math.round(r.next() * 800) / 10, 7.5, 22.5, Math.round(r.next() * 4e6) / 1e5]),
      v: r.pick([0, 0.5, 1, 1, 2, 3, 4, 6]),
      h: r.pick([0, 0.3, 0.5, 1, 1.1, 1.25, 2, 2.6, 3.75, 4]),
      r: r.pick([0, 0, 0.5, 1, 2.5, 3, 6]),
      driveMinutes: r.chance(0.5) ? null : r.pick([0, 10, 15, 22, 30, 45, 59, 60, 75]),
      users: r.pick([0, 1, 3, 8, 12, 25, 50]),
      devices: r.pick([0, 2, 4, 10, 15, 40, 75]),
      servers: r.pick([0, 0, 0, 1, 2, 4]),
    });
  }

  // Travel zones, in shuffled table order.
  const zones: { upTo: number; trip: number }[] = [];
  if (full || r.chance(0.45)) {
    const ups = r.shuffle([10, 20, 25, 30, 40, 50, 60]).slice(0, r.int(1, 4));
    for (const upTo of ups) zones.push({ upTo, trip: r.pick([0, 30, 45, 65, 95, 120]) });
  }

  // Optional columns: left out only when every value is its default.
  const hasTierCol = full || clients.some((c) => c.tier !== null) || r.chance(0.5);
  if (!hasTierCol) for (const c of clients) c.tier = null;
  const optional = (share: number) => full || r.chance(share);
  const hasHours = optional(0.85);
  const hasRemote = optional(0.8);
  const hasDrive = optional(0.7);
  if (!hasHours) for (const c of clients) c.h = 0;
  if (!hasRemote) for (const c of clients) c.r = 0;
  if (!hasDrive) for (const c of clients) c.driveMinutes = null;
  const hasUsers = v2 && (full || r.chance(0.7));
  const hasDevices = v2 && (full || r.chance(0.6));
  const hasServers = v2 && (full || r.chance(0.4));
  for (const c of clients) {
    if (!hasUsers) c.users = 0;
    if (!hasDevices) c.devices = 0;
    if (!hasServers) c.servers = 0;
  }
  const hasIncluded = optional(0.9);
  const hasResponse = optional(0.7);
  const hasTravelIncl = optional(0.8);
  const hasExtra = optional(0.7);
  const hasTierSegment = optional(0.4);
  tiers.forEach((t, i) => {
    t.segment = hasTierSegment ? tierSegments[i] : null;
  });
  for (const t of tiers) {
    if (!hasIncluded) t.included = 0;
    if (!hasResponse) t.responseTime = null;
    if (!hasTravelIncl) t.travelIncluded = false;
    if (!hasExtra) t.extraHourRate = null;
  }

  const benefits = full || r.chance(0.5) ? r.shuffle([...BENEFITS]).slice(0, r.int(3, 9)) : null;

  // Issue 12: a Time log in some workbooks (its own randomness, so the rest of a seed stays as it was).
  const log = full ? null : timeLogFor(seed, clients, duplicateClientNames, { hours: hasHours, remote: hasRemote });

  // ----- layout -----
  const shape = full ? r.pick(["tables", "sheets", "mixed", "oneSheet"]) : r.pick(["tables", "sheets", "mixed", "oneSheet", "sheets"]);
  const tables: LaidTable[] = [];
  const extra = (): { field: string; header: string }[] =>
    r.shuffle(["Notes", "Account manager", "Phone"]).slice(0, r.int(0, 2)).map((h) => ({ field: `x:${h}`, header: h }));
  const extraValue = (): Cell => (r.chance(0.5) ? r.pick<Cell>(["call first", "VIP", "555-0100", 42, { error: "#N/A" }, "=not a formula", new Date(Date.UTC(2024, 2, 15))]) : null);
  const sprinkleBlanks = (rows: (Record<string, Cell> | null)[]) => {
    if (r.chance(0.3)) for (let k = r.int(1, 2); k > 0; k--) rows.splice(r.int(1, rows.length), 0, null);
    return rows;
  };

  if (hasSettings) {
    const cols = [
      { field: "setting", header: spell(r, "Setting", null) },
      { field: "value", header: spell(r, "Value", null) },
      ...extra(),
    ];
    const unknown = !full && r.chance(0.2) ? ["Fuel surcharge"] : [];
    const rows = r.shuffle([...present.map((key) => {
      const unit = SETTING_UNITS[key] ?? null;
      const alias = SETTING_ALIASES[key] && r.chance(0.4) ? r.pick(SETTING_ALIASES[key]!) : SETTING_NAMES[key];
      // "x-key" is no column: it tells the broken variants which setting the row holds.
      const row: Record<string, Cell> = { setting: r.chance(0.6) ? alias : spell(r, alias, unit), value: values[key]!, "x-key": key };
      for (const c of cols) if (c.field.startsWith("x:")) row[c.field] = extraValue();
      return row as Record<string, Cell> | null;
    }), ...unknown.map((name): Record<string, Cell> => ({ setting: name, value: 5 }))]);
    unknownSettings.push(...unknown);
    tables.push({ key: "settings", sheet: "", origin: { row: 1, col: 1 }, columns: r.shuffle(cols), rows: sprinkleBlanks(rows) });
  }

  {
    const cols = [
      { field: "tier", header: spell(r, "Tier", null) },
      { field: "fee", header: spell(r, "Monthly fee", settings.currency) },
      ...(hasIncluded ? [{ field: "included", header: spell(r, "Included hours", "hours") }] : []),
      ...(hasResponse ? [{ field: "response", header: spell(r, "Response time", "hours") }] : []),
      ...(hasTravelIncl ? [{ field: "travelIncluded", header: spell(r, "Travel included", null) }] : []),
      ...(hasExtra ? [{ field: "extra", header: spell(r, "Extra hour rate", settings.currency) }] : []),
      ...(hasTierSegment ? [{ field: "segment", header: spell(r, "Segment", null) }] : []),
      ...(hasPerUser ? [{ field: "perUser", header: spell(r, r.pick(["Per user", "Per seat", "Price per user"]), settings.currency) }] : []),
      ...(hasPerDevice ? [{ field: "perDevice", header: spell(r, r.pick(["Per device", "Per endpoint", "Per workstation"]), null) }] : []),
      ...(hasPerServer ? [{ field: "perServer", header: spell(r, r.pick(["Per server", "Price per server"]), null) }] : []),
      ...(hasMinimum ? [{ field: "minimumFee", header: spell(r, r.pick(["Minimum fee", "Floor", "Monthly minimum"]), settings.currency) }] : []),
      ...(hasOnboarding ? [{ field: "onboardingFee", header: spell(r, r.pick(["Onboarding fee", "Setup fee", "Onboarding"]), null) }] : []),
      ...extra(),
    ];
    const rows = tiers.map((t, i) => {
      const row: Record<string, Cell> = {
        tier: t.name,
        fee: numberCell(r, t.fee, "fee"),
        included: t.included === 0 && r.chance(0.3) ? null : numberCell(r, t.included, "included"),
        response: t.responseTime === null ? null : numberCell(r, t.responseTime, "response"),
        travelIncluded: yesNoCell(r, t.travelIncluded),
        extra: t.extraHourRate === null ? null : numberCell(r, t.extraHourRate, "extraHourRate"),
        segment: tierSegments[i],
        perUser: t.perUser === 0 && r.chance(0.4) ? null : numberCell(r, t.perUser ?? 0, "perUser"),
        perDevice: t.perDevice === 0 && r.chance(0.4) ? null : numberCell(r, t.perDevice ?? 0, "perDevice"),
        perServer: t.perServer === 0 && r.chance(0.4) ? null : numberCell(r, t.perServer ?? 0, "perServer"),
        minimumFee: t.minimumFee === 0 && r.chance(0.4) ? null : numberCell(r, t.minimumFee ?? 0, "minimumFee"),
        onboardingFee: t.onboardingFee === 0 && r.chance(0.4) ? null : numberCell(r, t.onboardingFee ?? 0, "onboardingFee"),
      };
      for (const c of cols) if (c.field.startsWith("x:")) row[c.field] = extraValue();
      return row as Record<string, Cell> | null;
    });
    tables.push({ key: "tiers", sheet: "", origin: { row: 1, col: 1 }, columns: r.shuffle(cols), rows: sprinkleBlanks(rows) });
  }

  {
    const unit = settings.distanceUnit;
    const cols = [
      { field: "client", header: spell(r, "Client", null) },
      { field: "segment", header: spell(r, "Segment", null) },
      ...(hasTierCol ? [{ field: "tier", header: spell(r, "Tier", null) }] : []),
      { field: "distance", header: spell(r, "Distance", unit) },
      { field: "visits", header: spell(r, "Visits per month", null) },
      ...(hasHours ? [{ field: "hours", header: spell(r, "Hours per visit", "hours") }] : []),
      ...(hasRemote ? [{ field: "remote", header: spell(r, "Remote hours per month", "hours") }] : []),
      ...(hasDrive ? [{ field: "drive", header: spell(r, "Drive minutes", r.pick(["min", "one way"])) }] : []),
      ...(hasUsers ? [{ field: "users", header: spell(r, r.pick(["Users", "Seats", "User count"]), null) }] : []),
      ...(hasDevices ? [{ field: "devices", header: spell(r, r.pick(["Devices", "Endpoints", "Workstations"]), null) }] : []),
      ...(hasServers ? [{ field: "servers", header: spell(r, r.pick(["Servers", "Server count"]), null) }] : []),
      ...extra(),
    ];
    const rows = clients.map((c) => {
      const row: Record<string, Cell> = {
        client: /^\d+$/.test(c.name) ? Number(c.name) : textCell(r, c.name),
        segment: textCell(r, c.segment),
        tier: c.tier,
        distance: numberCell(r, c.d, "distance"),
        visits: c.blank?.v ? null : numberCell(r, c.v, "visits"),
        // A logged client's blank cell takes its logged figure, so a typed 0 is written as 0 there.
        hours: c.blank?.h || (!c.blank && c.h === 0 && r.chance(0.3)) ? null : numberCell(r, c.h, "hours"),
        remote: c.blank?.r || (!c.blank && c.r === 0 && r.chance(0.5)) ? null : numberCell(r, c.r, "remote"),
        drive: c.driveMinutes === null ? null : numberCell(r, c.driveMinutes, "drive"),
        users: c.users === 0 && r.chance(0.4) ? null : numberCell(r, c.users ?? 0, "users"),
        devices: c.devices === 0 && r.chance(0.4) ? null : numberCell(r, c.devices ?? 0, "devices"),
        servers: c.servers === 0 && r.chance(0.4) ? null : numberCell(r, c.servers ?? 0, "servers"),
      };
      for (const col of cols) if (col.field.startsWith("x:")) row[col.field] = extraValue();
      return row as Record<string, Cell> | null;
    });
    tables.push({ key: "clients", sheet: "", origin: { row: 1, col: 1 }, columns: r.shuffle(cols), rows: sprinkleBlanks(rows) });
  }

  if (zones.length > 0) {
    const cols = [
      { field: "upTo", header: spell(r, "Up to", settings.distanceUnit) },
      { field: "trip", header: spell(r, "Trip charge", settings.currency) },
      ...extra(),
    ];
    const rows = zones.map((z) => {
      const row: Record<string, Cell> = { upTo: numberCell(r, z.upTo, "upTo"), trip: numberCell(r, z.trip, "trip") };
      for (const c of cols) if (c.field.startsWith("x:")) row[c.field] = extraValue();
      return row as Record<string, Cell> | null;
    });
    tables.push({ key: "travelZones", sheet: "", origin: { row: 1, col: 1 }, columns: r.shuffle(cols), rows: sprinkleBlanks(rows) });
  }

  if (benefits) {
    const cols = [{ field: "benefit", header: spell(r, "Benefit", null) }, ...extra()];
    const rows = benefits.map((b) => {
      const row: Record<string, Cell> = { benefit: b };
      for (const c of cols) if (c.field.startsWith("x:")) row[c.field] = extraValue();
      return row as Record<string, Cell> | null;
    });
    tables.push({ key: "benefits", sheet: "", origin: { row: 1, col: 1 }, columns: r.shuffle(cols), rows: sprinkleBlanks(rows) });
  }

  if (log) {
    tables.push(log.table);
    // The Time log months setting goes in the Settings table when there is one.
    const settingsTable = tables.find((t) => t.key === "settings");
    if (log.model.months !== null && settingsTable) settingsTable.rows.push({ setting: log.monthsName, value: log.monthsCell });
    else log.model.months = null;
  }

  // PRICING.md v3: the annual increases, in the Settings table when there is one.
  const settingsTable = tables.find((t) => t.key === "settings");
  if (settingsTable) {
    for (const row of renewalSettings(seed, settings)) {
      settingsTable.rows.push({ setting: row.name, value: row.value });
      present.push(row.key);
    }
  }

  layOut(r, shape, tables);
  const extraSheets = r.chance(0.3) ? ["Notes"] : [];
  r.shuffle(tables);

  return {
    seed,
    shape,
    model: { settings, tiers, clients, zones, ...(log ? { timeLog: log.model } : {}) },
    tables,
    missingSettings: SETTING_KEYS.filter((k) => !present.includes(k) || blankValued.includes(k)).map((k) => SETTING_NAMES[k]),
    unknownSettings,
    benefits,
    duplicateClientNames,
    extraSheets,
  };
}

const SHEET_NAMES: Record<Key, string[]> = {
  settings: ["Settings", "SETTINGS", "settings"],
  tiers: ["Tiers", "tiers", "TIERS"],
  clients: ["Clients", "clients", "CLIENTS"],
  travelZones: ["Travel zones", "Travel Zones", "TravelZones", "travel_zones", "Travel-Zones"],
  benefits: ["Benefits", "benefits"],
  timeLog: ["Time log", "Time Log", "TimeLog", "time_log"],
};
const TABLE_NAMES: Record<Key, string[]> = {
  settings: ["Settings", "SETTINGS"],
  tiers: ["Tiers", "TIERS"],
  clients: ["Clients", "clients"],
  travelZones: ["TravelZones", "Travel_Zones", "travelzones"],
  benefits: ["Benefits", "BENEFITS"],
  timeLog: ["TimeLog", "Time_Log", "TIMELOG"],
};
const OTHER_SHEETS: Record<Key, string[]> = {
  settings: ["Setup", "Inputs 1"],
  tiers: ["Agreement tiers", "Price list"],
  clients: ["Customer list", "Accounts"],
  travelZones: ["Zones 2", "Travel setup"],
  benefits: ["Why sign", "Perks"],
  timeLog: ["Hours export", "Toggl 2025"],
};

/**
 * Issue 12: time entries for some clients (names in other cases and with spaces), some for no
 * client, dates as date cells, serial numbers and YYYY-MM-DD text, hours as numbers and h:mm or
 * h:mm:ss text, On site in its spellings (or no column: all on site), Amount as numbers, money
 * text or blank (or no column). A logged client's Visits, Hours and Remote cells are often left
 * blank for the log to fill. Sometimes the Time log months setting.
 */
/** Each annual increase present in about two workbooks in three, as a percentage typed or a fraction (0 to 50 %). */
function renewalSettings(seed: number, settings: OSettings): { key: keyof OSettings; name: string; value: Cell }[] {
  const r = rng(seed * 15_485_863 + 11);
  const rows: { key: keyof OSettings; name: string; value: Cell }[] = [];
  const names: Record<"annualIncrease" | "annualCostIncrease", string[]> = {
    annualIncrease: ["Annual increase", "Annual increase", "Annual price increase", "Escalator"],
    annualCostIncrease: ["Annual cost increase", "Annual cost increase", "Cost inflation"],
  };
  for (const key of ["annualIncrease", "annualCostIncrease"] as const) {
    if (!r.chance(0.65)) continue;
    const pct = r.pick([0, 2, 3, 3.5, 4, 5, 7.5, 10, 25, 50]);
    settings[key] = pct / 100;
    rows.push({ key, name: r.pick(names[key]), value: percentCell(r, pct) });
  }
  return rows;
}

function timeLogFor(
  seed: number, clients: OClient[], duplicates: string[], columns: { hours: boolean; remote: boolean },
): { table: LaidTable; model: OTimeLog; monthsName: string; monthsCell: Cell } | null {
  const r = rng(seed * 104_729 + 3);
  if (!r.chance(0.45)) return null;
  const hasOnSite = r.chance(0.8);
  const hasAmount = r.chance(0.7);
  const year = r.pick([2019, 2024, 2025, 2026]);
  const firstMonth = r.int(1, 12);
  const span = r.pick([1, 2, 3, 6, 12, 14]);
  const entries: OEntry[] = [];
  const rows: Record<string, Cell>[] = [];
  const add = (client: string, cellName: Cell) => {
    const monthOffset = r.int(0, span - 1);
    const month = ((firstMonth - 1 + monthOffset) % 12) + 1;
    const y = year + Math.floor((firstMonth - 1 + monthOffset) / 12);
    const day = r.int(1, 28);
    const minutes = r.pick([0, 15, 30, 45, 60, 72, 90, 120, 165, 480, 1440]);
    const hours = minutes / 60;
    const onSite = hasOnSite ? r.chance(0.6) : true;
    const amount = hasAmount ? r.pick([0, 0, 125, 93.75, 187.5, 1200.5]) : 0;
    entries.push({ client, year: y, month, day, hours, onSite, amount });
    const iso = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const serial = Date.UTC(y, month - 1, day) / 86_400_000 + 25_569;
    const hh = Math.floor(minutes / 60);
    const mm = String(minutes % 60).padStart(2, "0");
    rows.push({
      client: cellName,
      date: r.pick<Cell>([new Date(Date.UTC(y, month - 1, day)), serial, serial + 0.375, iso, `${iso} 09:30`]),
      hours: r.pick<Cell>([hours, String(hours), `${hh}:${mm}`, `${String(hh).padStart(2, "0")}:${mm}:00`]),
      onSite: onSite
        ? r.pick<Cell>(["Yes", "yes", "Y", "TRUE", true, null])
        : r.pick<Cell>(["No", "NO", "n", "FALSE", false]),
      amount: amount === 0 && r.chance(0.4) ? null : amount === 1200.5 && r.chance(0.5) ? "$1,200.50" : amount,
    });
  };
  for (const c of clients) {
    if (duplicates.includes(c.name) || !r.chance(0.5)) continue;
    const spelled = /^\d+$/.test(c.name) ? c.name : r.pick([c.name, c.name.toUpperCase(), c.name.toLowerCase(), ` ${c.name}  `]);
    for (let k = r.int(1, 8); k > 0; k--) add(c.name, /^\d+$/.test(c.name) ? Number(c.name) : spelled);
    c.blank = { v: r.chance(0.6), h: !columns.hours || r.chance(0.6), r: !columns.remote || r.chance(0.6) };
  }
  if (r.chance(0.3)) for (let k = r.int(1, 3); k > 0; k--) add("Nobody Known", "Nobody Known");
  if (entries.length === 0) {
    for (const c of clients) c.blank = undefined;
    return null;
  }
  // Rows in a shuffled order: the log need not be sorted.
  const order = r.shuffle(rows.map((_, i) => i));
  const months = r.chance(0.25) ? r.pick([1, 3, 12, 18]) : null;
  const cols = [
    { field: "client", header: r.pick(["Client", "Customer", "client"]) },
    { field: "date", header: r.pick(["Date", "Spent date", "Start date", "Date worked"]) },
    { field: "hours", header: r.pick(["Hours", "Duration", "Hours worked"]) },
    ...(hasOnSite ? [{ field: "onSite", header: r.pick(["On site", "On-site", "ONSITE"]) }] : []),
    ...(hasAmount ? [{ field: "amount", header: r.pick(["Amount", "Billable Amount", "Amount (USD)"]) }] : []),
  ];
  return {
    table: { key: "timeLog", sheet: "", origin: { row: 1, col: 1 }, columns: r.shuffle(cols), rows: order.map((i) => rows[i]!) },
    model: { months, hasAmountColumn: hasAmount, entries: order.map((i) => entries[i]!) },
    monthsName: r.pick(["Time log months", "Months logged", "time log months"]),
    monthsCell: months === null ? null : r.pick<Cell>([months, String(months)]),
  };
}

/** Decide where each table lives: its sheet, whether it is an Excel table, and its top-left cell. */
function layOut(r: Rng, shape: string, tables: LaidTable[]): void {
  if (shape === "oneSheet") {
    let row = r.int(1, 3);
    for (const t of tables) {
      t.sheet = "Model";
      t.tableName = r.pick(TABLE_NAMES[t.key]);
      t.origin = { row, col: r.int(1, 3) };
      row += t.rows.length + 1 + r.int(2, 3);
    }
    return;
  }
  for (const t of tables) {
    const asTable = shape === "tables" || (shape === "mixed" && r.chance(0.5));
    if (asTable) {
      t.tableName = r.pick(TABLE_NAMES[t.key]);
      t.totalsRow = t.key === "clients" && r.chance(0.3);
      t.sheet = r.chance(0.5) ? r.pick(SHEET_NAMES[t.key]) : r.pick(OTHER_SHEETS[t.key]);
      t.origin = r.chance(0.5) ? { row: 1, col: 1 } : { row: r.int(2, 4), col: r.int(1, 3) };
    } else {
      t.tableName = undefined;
      t.sheet = r.pick(SHEET_NAMES[t.key]);
      t.origin = { row: 1, col: 1 };
      if (r.chance(0.2)) {
        // A column with no heading but some notes in it: an unknown column like any other.
        t.columns.splice(r.int(1, t.columns.length - 1), 0, { field: "x:", header: "" });
        for (const row of t.rows) if (row && r.chance(0.5)) row["x:"] = "see notes";
      }
    }
  }
}

// ---------- writing ----------

export async function writeWorkbook(tables: readonly LaidTable[], extraSheets: readonly string[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string) => wb.getWorksheet(name) ?? wb.addWorksheet(name);
  for (const name of extraSheets) sheet(name).getCell("A1").value = "Scratch notes, not an input table";
  for (const t of tables) {
    const ws = sheet(t.sheet);
    // Every other blank row holds spaces rather than nothing: still blank to a reader.
    const matrix = t.rows.map((row, i) => t.columns.map((c): Cell => (row ? row[c.field] ?? null : i % 2 === 1 ? " " : null)));
    if (t.tableName !== undefined) {
      if (t.origin.row > 1 && ws.getCell(t.origin.row - 1, t.origin.col).value === null) {
        ws.getCell(t.origin.row - 1, t.origin.col).value = `${t.key} (a title above the table)`;
      }
      ws.addTable({
        name: t.tableName,
        ref: `${colLetter(t.origin.col)}${t.origin.row}`,
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        totalsRow: t.totalsRow === true,
        columns: t.columns.map((c, j) =>
          !t.totalsRow ? { name: c.header } : j === 0 ? { name: c.header, totalsRowLabel: "Total" } : { name: c.header, totalsRowFunction: "count" as const }),
        // An Excel table always has a data row; an "empty" one has a blank row.
        rows: matrix.length > 0 ? matrix : [t.columns.map(() => null)],
      });
    } else {
      // The second heading is partly bold, which Excel stores as rich text.
      t.columns.forEach((c, j) => {
        const k = Math.floor(c.header.length / 2);
        ws.getCell(t.origin.row, t.origin.col + j).value =
          j === 1 && k > 0 ? { richText: [{ text: c.header.slice(0, k), font: { bold: true } }, { text: c.header.slice(k) }] } : c.header;
      });
      matrix.forEach((row, i) => row.forEach((v, j) => {
        if (v !== null) ws.getCell(t.origin.row + 1 + i, t.origin.col + j).value = v;
      }));
    }
  }
  await wb.xlsx.writeFile(file);
}

// ---------- broken variants ----------

export const BROKEN_KINDS = [
  "textInNumber", "negative", "unknownTier", "duplicateTier", "missingColumn", "missingClients",
  "emptyClients", "settingOutOfRange", "textInSetting", "hourlyTierName", "zoneNotPositive", "several",
  "badTierValue", "duplicateZone", "blankRequired", "missingTiers",
  // PRICING.md v2
  "negativeCount", "fractionalCount", "badPerUnit", "badTerm", "noCapacity",
] as const;
export type BrokenKind = (typeof BROKEN_KINDS)[number];

function clone(tables: readonly LaidTable[]): LaidTable[] {
  return tables.map((t) => ({ ...t, origin: { ...t.origin }, columns: t.columns.map((c) => ({ ...c })), rows: t.rows.map((row) => (row ? { ...row } : null)) }));
}

/** Indices of the non-blank rows. */
function filled(t: LaidTable): number[] {
  return t.rows.flatMap((row, i) => (row ? [i] : []));
}

export function breakWorkbook(seed: number, kind: BrokenKind): Broken {
  const g = generate(seed, { full: true, minClients: 4 });
  const r = rng(seed * 104729 + BROKEN_KINDS.indexOf(kind));
  const tables = clone(g.tables);
  const get = (key: Key) => tables.find((t) => t.key === key)!;
  const clients = get("clients");
  const tiers = get("tiers");
  const settings = get("settings");
  const zones = get("travelZones");
  const headerOf = (t: LaidTable): Expected => ({ headerOf: { sheet: t.sheet, row: t.origin.row } });
  const clientRows = r.shuffle(filled(clients));
  const expected: Expected[] = [];

  const textInNumber = (row: number) => {
    const field = r.pick(["distance", "visits", "hours", "remote", "drive"]);
    clients.rows[row]![field] = r.pick(["abc", "twelve", "n/a", "12 miles", "1.2.3", "?"]);
    expected.push({ cell: cellOf(clients, row, field) });
  };
  const negative = (row: number) => {
    if (r.chance(0.3)) {
      const i = r.pick(filled(tiers));
      tiers.rows[i]!.fee = r.pick([-100, "-250", " -1 "]);
      expected.push({ cell: cellOf(tiers, i, "fee") });
    } else {
      const field = r.pick(["distance", "visits", "hours", "remote", "drive"]);
      clients.rows[row]![field] = r.pick([-3, -0.5, "-2"]);
      expected.push({ cell: cellOf(clients, row, field) });
    }
  };
  const unknownTier = (row: number) => {
    clients.rows[row]!.tier = r.pick(["Platinum Plus", "Gold Star", "Enterprise X"]);
    expected.push({ cell: cellOf(clients, row, "tier") });
  };
  const duplicateTier = () => {
    const first = tiers.rows[r.pick(filled(tiers))]!;
    const name = String(first.tier);
    tiers.rows.push({ ...first, fee: 100, tier: r.pick([name.toUpperCase(), name.toLowerCase(), ` ${name} `]) });
    expected.push({ cell: cellOf(tiers, tiers.rows.length - 1, "tier") });
  };
  const settingOutOfRange = () => {
    const bad: [string, Cell][] = [
      ["Target margin", r.pick([1, 1.2, "120%", "100%", -0.1])],
      ["Billing increment", r.pick([1.5, 2, -0.25])],
      ["Minimum hours per visit", r.pick([9, 12, -1])],
      ["Average speed", r.pick([0, -30])],
      ["Hourly rate", r.pick([0, -10])],
      ["Trip charge", -5],
      ["Max premium over hourly", "-10%"],
      ["Distance unit", r.pick(["furlongs", "yards"])],
      ["Currency", r.pick(["Dollars", "US$"])],
    ];
    // A km workbook's "(km)" headings would contradict the miles an unreadable Distance unit falls
    // back to: a second error, for the same cause. Break that setting only in a miles workbook.
    const [name, value] = r.pick(g.model.settings.distanceUnit === "km" ? bad.filter(([n]) => n !== "Distance unit") : bad);
    badSetting(name, value);
  };
  /** The row of a setting, whatever name the workbook gives it. */
  const badSetting = (name: string, value: Cell) => {
    const key = SETTING_KEYS.find((k) => SETTING_NAMES[k] === name)!;
    const i = filled(settings).find((k) => settings.rows[k]!["x-key"] === key || normal(String(settings.rows[k]!.setting)) === normal(name))!;
    settings.rows[i]!.value = value;
    expected.push({ cell: cellOf(settings, i, "value") });
  };
  const badCount = (row: number, value: Cell) => {
    const field = r.pick(["users", "devices", "servers"]);
    clients.rows[row]![field] = value;
    expected.push({ cell: cellOf(clients, row, field) });
  };

  switch (kind) {
    case "textInNumber": textInNumber(clientRows[0]); break;
    case "negative": negative(clientRows[0]); break;
    case "unknownTier": unknownTier(clientRows[0]); break;
    case "duplicateTier": duplicateTier(); break;
    case "missingColumn": {
      const t = r.chance(0.7) ? clients : tiers;
      const field = t === clients ? r.pick(["client", "segment", "distance", "visits"]) : "fee";
      t.columns = t.columns.filter((c) => c.field !== field);
      expected.push(headerOf(t));
      break;
    }
    case "missingClients":
      tables.splice(tables.indexOf(clients), 1);
      expected.push({ mentions: "Clients" });
      break;
    case "emptyClients":
      clients.rows = r.chance(0.5) ? [] : [null];
      expected.push(headerOf(clients));
      break;
    case "settingOutOfRange": settingOutOfRange(); break;
    case "textInSetting": {
      const i = r.pick(filled(settings).filter((k) => !/business|currency|unit/i.test(String(settings.rows[k]!.setting))));
      settings.rows[i]!.value = r.pick(["abc", "lots", "12 dollars"]);
      expected.push({ cell: cellOf(settings, i, "value") });
      break;
    }
    case "hourlyTierName": {
      const i = r.pick(filled(tiers));
      const old = String(tiers.rows[i]!.tier).trim().toLowerCase();
      tiers.rows[i]!.tier = r.pick(["Hourly", "HOURLY", "hourly"]);
      // Clients that named the renamed tier now name no tier: billed by the hour, no extra error.
      for (const k of filled(clients)) if (String(clients.rows[k]!.tier ?? "").trim().toLowerCase() === old) clients.rows[k]!.tier = null;
      expected.push({ cell: cellOf(tiers, i, "tier") });
      break;
    }
    case "zoneNotPositive": {
      const i = r.pick(filled(zones));
      zones.rows[i]!.upTo = r.pick([0, -10]);
      expected.push({ cell: cellOf(zones, i, "upTo") });
      break;
    }
    case "badTierValue": {
      const i = r.pick(filled(tiers));
      const [field, value] = r.pick<[string, Cell]>([["included", "lots"], ["included", -1], ["response", 0], ["response", "soon"], ["travelIncluded", "maybe"], ["extra", -5], ["fee", "free"]]);
      tiers.rows[i]![field] = value;
      expected.push({ cell: cellOf(tiers, i, field) });
      break;
    }
    case "duplicateZone": {
      const first = zones.rows[r.pick(filled(zones))]!;
      zones.rows.push({ ...first, trip: 10 });
      expected.push({ cell: cellOf(zones, zones.rows.length - 1, "upTo") });
      break;
    }
    case "blankRequired": {
      const field = r.pick(["client", "segment", "distance", "visits"]);
      clients.rows[clientRows[0]]![field] = r.pick([null, "  "]);
      expected.push({ cell: cellOf(clients, clientRows[0], field) });
      break;
    }
    case "missingTiers":
      tables.splice(tables.indexOf(tiers), 1);
      expected.push({ mentions: "Tiers" });
      break;
    case "several":
      textInNumber(clientRows[0]);
      unknownTier(clientRows[1]);
      negative(clientRows[2]);
      settingOutOfRange();
      duplicateTier();
      badCount(clientRows[3], r.pick([-1, 1.5, "2.5"]));
      break;
    case "negativeCount": badCount(clientRows[0], r.pick([-1, -12, "-3", " -1 "])); break;
    case "fractionalCount": badCount(clientRows[0], r.pick([0.5, 2.5, "1.5", 7.25])); break;
    case "badPerUnit": {
      const i = r.pick(filled(tiers));
      const field = r.pick(["perUser", "perDevice", "perServer", "minimumFee", "onboardingFee"]);
      tiers.rows[i]![field] = r.pick<Cell>(["45 a seat", "abc", -5, "-100", "TBD", "1,5"]);
      expected.push({ cell: cellOf(tiers, i, field) });
      break;
    }
    case "badTerm": badSetting("Contract term", r.pick<Cell>([0, -12, 0.5, 6.5, 61, 120, "a year", "0"])); break;
    case "noCapacity":
      if (r.chance(0.5)) badSetting("Technicians", r.pick<Cell>([0, -1, "none", "0"]));
      else badSetting("Billable hours per technician", r.pick<Cell>([0, -40, "lots"]));
      break;
  }
  return { seed, kind, tables, extraSheets: g.extraSheets, expected };
}

function normal(s: string): string {
  return s.toLowerCase().replace(/\([^)]*\)\s*$/, "").replace(/[^a-z0-9]/g, "");
}
