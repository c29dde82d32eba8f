/**
 * The built-in sample model as a SheetPlan: each input table an Excel table at A1 of its own
 * sheet, header row frozen, with money, hours and percent formats so it reads like a real model.
 */
import { sampleModelTables, type SampleTable } from "../../workbook/sample";
import { DEFAULT_SETTINGS } from "../../workbook/defaults";
import { SETTINGS_SCHEMA } from "../../workbook/settingsSchema";
import { normalizeHeader } from "../../workbook/normalize";
import type { SettingKey } from "../../workbook/model";
import type { CellValue } from "../../workbook/grid";
import type { NumberFormat, SheetPlan, SheetSpec } from "../sheetPlan";
import { DISTANCE_FORMAT, HOURS_FORMAT, MINUTES_FORMAT, moneyFormat } from "../layout/formats";

const MONEY_SETTINGS: ReadonlySet<SettingKey> = new Set([
  "hourlyRate", "agreementHourlyRate", "tripCharge", "mileageRate", "travelTimeRate", "technicianCost", "vehicleCost",
  "toolCostPerUser", "toolCostPerDevice", "toolCostPerServer",
]);
const PERCENT_SETTINGS: ReadonlySet<SettingKey> = new Set(["targetMargin", "maxPremiumOverHourly"]);
const HOUR_SETTINGS: ReadonlySet<SettingKey> = new Set(["billingIncrement", "minimumHoursPerVisit"]);

/** Time log dates are date cells, shown the way the Time log accepts them typed. */
const DATE_FORMAT: NumberFormat = "yyyy-mm-dd";

/** Format of each sample column, by normalised header. */
function columnFormat(header: string, money: NumberFormat): NumberFormat | null {
  switch (normalizeHeader(header)) {
    case "monthlyfee":
    case "extrahourrate":
    case "tripcharge":
    case "amount":
    case "peruser":
    case "perdevice":
    case "perserver":
    case "minimumfee":
    case "onboardingfee":
      return money;
    case "date":
      return DATE_FORMAT;
    case "includedhours":
    case "hourspervisit":
    case "remotehourspermonth":
    case "responsetime":
    case "hours":
      return HOURS_FORMAT;
    case "driveminutes":
      return MINUTES_FORMAT;
    case "distance":
    case "upto":
    case "visitspermonth":
      return DISTANCE_FORMAT;
    default:
      return null;
  }
}

function settingFormat(label: CellValue, money: NumberFormat): NumberFormat | null {
  const spec = SETTINGS_SCHEMA.find((s) => s.label === label);
  if (!spec) return null;
  if (MONEY_SETTINGS.has(spec.key)) return money;
  if (PERCENT_SETTINGS.has(spec.key)) return "0%";
  if (HOUR_SETTINGS.has(spec.key)) return HOURS_FORMAT;
  return null;
}

function width(table: SampleTable, col: number): number {
  const longest = Math.max(
    String(table.header[col] ?? "").length + 3, // room for the filter button
    ...table.rows.map((r) => (r[col] === null || r[col] === undefined ? 0 : String(r[col]).length)),
  );
  return Math.min(Math.max(longest + 2, 10), 70);
}

function sampleSheet(table: SampleTable, money: NumberFormat): SheetSpec {
  const isSettings = table.key === "settings";
  return {
    name: table.sheet,
    blocks: [
      {
        id: table.key,
        at: "A1",
        values: [[...table.header], ...table.rows.map((r) => [...r])],
        table: { name: table.tableName, style: "TableStyleMedium2" },
        columnFormats: isSettings ? undefined : table.header.map((h) => columnFormat(h, money)),
        cellFormats: isSettings
          ? [table.header.map(() => null), ...table.rows.map((r) => r.map((_, j) => (j === 1 ? settingFormat(r[0], money) : null)))]
          : undefined,
      },
    ],
    charts: [],
    columnWidths: table.header.map((_, j) => width(table, j)),
    freezeRows: 1,
    // Land the user on their client list, the table they will edit first.
    activate: table.key === "clients",
  };
}

/** The six sample tables, Settings first (the order of PRICING.md §1). */
export function planSampleModel(): SheetPlan {
  const money = moneyFormat(DEFAULT_SETTINGS.currency);
  return { sheets: sampleModelTables().map((t) => sampleSheet(t, money)) };
}
