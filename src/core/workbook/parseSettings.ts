/**
 * The Settings table (`Setting`, `Value`): each setting found by its name (matched like a
 * header), checked against its Valid range; a missing one takes its default and says so, an
 * unknown one is a warning. Without a Settings table, every setting is at its default.
 */
import { DEFAULT_SETTINGS } from "./defaults";
import { currencyCode } from "./currency";
import { badValueMessage } from "./fields";
import type { CellValue, Grid } from "./grid";
import type { SettingKey, Settings } from "./model";
import { normalizeName } from "./normalize";
import { readText, type CellRead } from "./parseNumber";
import { headingKeys } from "./headings";
import { readQuantity, type QuantityRead } from "./quantity";
import { SETTING_ALIASES, SETTING_UNITS } from "./settingNames";
import { addError, addWarning, listOf, type Problems } from "./problems";
import { readTable } from "./readTable";
import { BLANK_BY_DEFAULT, SETTINGS_SCHEMA, withinBounds, type SettingSpec } from "./settingsSchema";
import { SETTINGS_TABLE } from "./tables";

export interface ParsedSettings {
  settings: Settings;
  /** Address of the Value cell of each setting the table lists. */
  cells: Partial<Record<SettingKey, string>>;
}

/** How a message shows a default: `125`, `"Your IT Company"`, `0.5 (50%)`. */
export function describeDefault(key: SettingKey): string {
  const value = DEFAULT_SETTINGS[key];
  if (key === "businessName" || key === "homeSegment" || key === "businessSegment") return `"${value}"`;
  if (key === "targetMargin" || key === "maxPremiumOverHourly" || key === "annualIncrease" || key === "annualCostIncrease") return `${value} (${Number(value) * 100}%)`;
  return String(value);
}

/** "Trip charge 45", or "Trip charge (unused: your Travel zones set the trip charges)". */
function defaultInUse(spec: SettingSpec, unused: ReadonlySet<SettingKey>): string {
  if (unused.has(spec.key)) return `${spec.label} (unused: your Travel zones set the trip charges)`;
  return `${spec.label} ${describeDefault(spec.key)}`;
}

function isBlankByDefault(spec: SettingSpec): boolean {
  return BLANK_BY_DEFAULT.has(spec.key);
}

/** Each setting by its names as compared (plain and with abbreviations expanded, headings.ts). */
const PLAIN = new Map<string, SettingSpec>();
const EXPANDED = new Map<string, SettingSpec>();
for (const spec of SETTINGS_SCHEMA) {
  for (const name of [spec.label, spec.key, ...(SETTING_ALIASES[spec.key] ?? [])]) {
    const keys = headingKeys(name);
    if (!PLAIN.has(keys.plain)) PLAIN.set(keys.plain, spec);
    if (!EXPANDED.has(keys.expanded)) EXPANDED.set(keys.expanded, spec);
  }
  PLAIN.set(normalizeName(spec.key), spec);
}
// Aliases only where no label or key already claims the name.
for (const spec of SETTINGS_SCHEMA) {
  for (const alias of spec.aliases ?? []) {
    const keys = headingKeys(alias);
    if (!PLAIN.has(keys.plain)) PLAIN.set(keys.plain, spec);
    if (!EXPANDED.has(keys.expanded)) EXPANDED.set(keys.expanded, spec);
  }
}

/** The setting a name in the Setting column means (`Tech cost`, `Hourly Rate:`, `Trip charge ($)`), or undefined. */
export function settingByName(name: string): SettingSpec | undefined {
  const keys = headingKeys(name);
  return PLAIN.get(keys.plain) ?? EXPANDED.get(keys.expanded);
}

const UNITS: Record<string, Settings["distanceUnit"]> = {
  miles: "miles", mile: "miles", mi: "miles",
  km: "km", kms: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
};

/**
 * `unused`: settings this workbook prices nothing with (the Trip charge when a Travel zones table
 * sets the charges): left out, they are still named, but said to be unused rather than in use.
 */
export function parseSettings(grid: Grid | undefined, problems: Problems, unused: ReadonlySet<SettingKey> = new Set()): ParsedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const cells: Partial<Record<SettingKey, string>> = {};
  if (!grid) {
    const all = SETTINGS_SCHEMA.filter((s) => !isBlankByDefault(s)).map((s) => defaultInUse(s, unused));
    addWarning(problems, undefined, `There is no Settings table, so every setting takes its default: ${listOf(all)}.`);
    return { settings, cells };
  }
  const table = readTable(grid, SETTINGS_TABLE, problems, { isSettingName: (name) => settingByName(name) !== undefined });
  if (!table || !table.has("setting") || !table.has("value")) {
    if (table === null) addWarning(problems, undefined, "The Settings table is empty, so every setting takes its default.");
    return { settings, cells };
  }
  const firstRowOf = new Map<SettingKey, string>();
  for (const row of table.rows) {
    const nameCell = table.address(row, "setting");
    const nameRead = readText(table.value(row, "setting"));
    if (nameRead.kind !== "ok") {
      addWarning(problems, nameCell, "This row has no setting name, so it is ignored — enter one of the setting names in column A.");
      continue;
    }
    const spec = settingByName(nameRead.value);
    if (!spec) {
      addWarning(problems, nameCell,
        `"${nameRead.value}" is not a setting this model uses, so it is ignored — the settings are ${listOf(SETTINGS_SCHEMA.map((s) => s.label))}.`);
      continue;
    }
    const first = firstRowOf.get(spec.key);
    if (first !== undefined) {
      addWarning(problems, nameCell, `${spec.label} is listed twice — the first one, at ${first}, is used and this one is ignored.`);
      continue;
    }
    firstRowOf.set(spec.key, nameCell);
    const valueCell = table.address(row, "value");
    cells[spec.key] = valueCell;
    if (table.unsaved(row, "value")) continue;
    readSetting(spec, table.value(row, "value"), valueCell, settings, problems, table.quantity(row, "value").isTime);
  }
  // PRICING.md §1: one warning lists every setting left out, with the default it takes.
  const left = SETTINGS_SCHEMA.filter((spec) => !firstRowOf.has(spec.key) && !isBlankByDefault(spec)).map((spec) => defaultInUse(spec, unused));
  if (left.length > 0) {
    addWarning(problems, table.headerRange,
      `The Settings table leaves out ${left.length === 1 ? "one setting, which takes its default" : `${left.length} settings, which take their defaults`}: ${listOf(left)} — add ${left.length === 1 ? "it" : "them"} to change ${left.length === 1 ? "it" : "them"}.`);
  }
  return { settings, cells };
}

/** Checks one Value cell and stores it; a blank value takes the default (with a warning). */
function readSetting(
  spec: SettingSpec, cell: CellValue | undefined, address: string, settings: Settings, problems: Problems, isTime: boolean,
): void {
  const rule = { label: spec.label, hint: spec.hint };
  const text = readText(cell);
  if (text.kind === "blank") {
    if (isBlankByDefault(spec)) return;
    addWarning(problems, address, `${spec.label} has no value, so it takes its default, ${describeDefault(spec.key)}.`);
    return;
  }
  const fail = (read: CellRead<unknown> | QuantityRead) => addError(problems, address, badValueMessage(rule, null, cell, read));
  if (text.kind !== "ok") return fail(text);
  switch (spec.kind) {
    case "text":
      (settings as Record<SettingKey, unknown>)[spec.key] = text.value;
      return;
    case "currency": {
      const code = typeof cell === "string" ? currencyCode(text.value) : null;
      if (code === null) return fail({ kind: "invalid" });
      settings.currency = code;
      return;
    }
    case "distanceUnit": {
      const unit = typeof cell === "string" ? UNITS[normalizeName(text.value)] : undefined;
      if (unit === undefined) return fail({ kind: "invalid" });
      settings.distanceUnit = unit;
      return;
    }
    case "dateOrder": {
      const order = typeof cell === "string" ? text.value.trim().toUpperCase().replace(/[^A-Z]/g, "") : "";
      if (order !== "MDY" && order !== "DMY") return fail({ kind: "invalid" });
      settings.dateOrder = order;
      return;
    }
    case "number": {
      // Read after Distance unit, which comes first in the table of §1; a typed `12 km` in a miles workbook is refused.
      const read = readQuantity(cell, SETTING_UNITS[spec.key], { isTime, distanceUnit: settings.distanceUnit });
      if (read.kind !== "ok" || !withinBounds(read.value, spec.bounds)) return fail(read);
      (settings as Record<SettingKey, unknown>)[spec.key] = read.value;
      return;
    }
  }
}
