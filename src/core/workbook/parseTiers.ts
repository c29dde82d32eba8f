/**
 * The Tiers table: one service agreement per row. Names are unique ignoring case, and `Hourly`
 * is reserved (it means "no agreement" in the Clients table). At least one tier is required.
 */
import { cellAddress } from "./address";
import { numberField, textField, yesNoField } from "./fields";
import type { Grid } from "./grid";
import type { ModelCells, Settings, Tier, TierCellKey } from "./model";
import { addError, type Problems } from "./problems";
import { warnIfImplausiblePrice } from "./plausible";
import { missingTableMessage, readTable, tableTitle } from "./readTable";
import { TIERS_TABLE } from "./tables";
import { isNoAgreement } from "./noAgreement";
import { addWarning } from "./problems";
import { forWhom } from "./fields";
import { offeredSegments } from "./tierSegments";

/** PRICING.md §1: a monthly fee over this is possible but almost certainly a typo. */
export const IMPLAUSIBLE_FEE = 100_000;

export interface ParsedTiers {
  tiers: Tier[];
  /** Tier name trimmed and lower-cased → the name as spelled in the Tiers table. */
  names: Map<string, string>;
  cells: ModelCells["tiers"];
  /** false when the Tiers table or its Tier column is missing: client tiers cannot be checked. */
  checkable: boolean;
  /** Each tier's Segment cell (parallel to `tiers`), null when the tier is offered to every client. */
  segmentCells: (string | null)[];
}

/** How a tier name is compared: surrounding spaces and case ignored. */
export function tierKey(name: string): string {
  return name.trim().toLowerCase();
}

export const HOURLY = "Hourly";

/** The tier cells a what-if can write back to (Apply to workbook). */
const TIER_CELL_KEYS: readonly TierCellKey[] = ["monthlyFee", "includedHours", "perUser", "perDevice", "perServer", "minimumFee", "onboardingFee"];

export function parseTiers(grid: Grid | undefined, settings: Settings, problems: Problems): ParsedTiers {
  const parsed: ParsedTiers = { tiers: [], names: new Map(), cells: {}, checkable: false, segmentCells: [] };
  if (!grid || grid.lookalike) {
    addError(problems, grid?.lookalike ? cellAddress(grid.sheet, 0, 0) : undefined, missingTableMessage(TIERS_TABLE, grid?.lookalike));
    return parsed;
  }
  const table = readTable(grid, TIERS_TABLE, problems, { distanceUnit: settings.distanceUnit });
  if (!table) return parsed;
  parsed.checkable = table.has("tier");
  const firstAt = new Map<string, string>();
  for (const row of table.rows) {
    let name: string | null = null;
    const at = (key: Parameters<typeof table.address>[1]) => ({ table, row, key, who: name, problems });
    name = textField(at("tier"), { label: "Tier name", hint: "enter a name for this tier, or clear the row" }, true);
    if (name !== null) {
      const key = tierKey(name);
      const nameCell = table.address(row, "tier");
      if (isNoAgreement(name)) {
        addError(problems, nameCell, `A tier cannot be named "${name}" — in the Clients table ${name} means billed by the hour (as do Hourly, Break-fix, T&M, PAYG and None); rename this tier.`);
      } else if (firstAt.has(key)) {
        addError(problems, nameCell, `Tier "${name}" is listed twice (first at ${firstAt.get(key)}) — give each tier a different name.`);
      } else {
        firstAt.set(key, nameCell);
        parsed.names.set(key, name);
        const cells: Partial<Record<TierCellKey, string>> = {};
        for (const key of TIER_CELL_KEYS) if (table.has(key)) cells[key] = table.address(row, key);
        parsed.cells[name] = cells;
      }
    }
    const monthlyFee = numberField(at("monthlyFee"),
      { label: "Monthly fee", hint: "enter the tier's monthly fee, 0 or more", bounds: { min: 0 } }, true, 0);
    if (monthlyFee !== null && monthlyFee > IMPLAUSIBLE_FEE) {
      addWarning(problems, table.address(row, "monthlyFee"),
        `Monthly fee${forWhom(name)} is ${monthlyFee}, over ${IMPLAUSIBLE_FEE.toLocaleString("en-US")} a month — check it (it is priced as typed).`);
    }
    const includedHours = numberField(at("includedHours"),
      { label: "Included hours", hint: "enter the hours included each month, 0 or more (blank = 0)", bounds: { min: 0 } }, false, 0);
    const responseTime = numberField(at("responseTime"),
      { label: "Response time", hint: "enter the promised response time in hours, above 0, or leave it blank", bounds: { min: 0, minExclusive: true } }, false, null);
    const travelIncluded = yesNoField(at("travelIncluded"),
      { label: "Travel included", hint: "enter Yes or No (blank = No)" }, false);
    const extraHourRate = numberField(at("extraHourRate"),
      { label: "Extra hour rate", hint: `enter the rate per hour beyond the included hours, 0 or more, or leave it blank to use the Agreement hourly rate (${settings.agreementHourlyRate})`, bounds: { min: 0 } }, false, null);
    const segmentText = textField(at("segment"),
      { label: "Segment", hint: "enter the client segments this tier is offered to, separated by commas, or leave it blank for every client" }, false);
    // Blank, All, Everyone or Any: offered to every client (PRICING.md §1), kept as null.
    const segment = offeredSegments(segmentText) === null ? null : segmentText!.trim();
    const perUnit = (key: "perUser" | "perDevice" | "perServer", label: string, unit: string) =>
      numberField(at(key), { label, hint: `enter the monthly price per ${unit}, on top of the monthly fee, 0 or more (blank = 0)`, bounds: { min: 0 } }, false, 0) ?? 0;
    const perUser = perUnit("perUser", "Per user", "user");
    const perDevice = perUnit("perDevice", "Per device", "device");
    const perServer = perUnit("perServer", "Per server", "server");
    const minimumFee = numberField(at("minimumFee"),
      { label: "Minimum fee", hint: "enter the least the tier's fee comes to in a month, 0 or more (blank = no minimum)", bounds: { min: 0 } }, false, 0) ?? 0;
    const onboardingFee = numberField(at("onboardingFee"),
      { label: "Onboarding fee", hint: "enter the one-time fee charged when a client signs, 0 or more (blank = none)", bounds: { min: 0 } }, false, 0) ?? 0;
    for (const [key, label, value] of [
      ["monthlyFee", "Monthly fee", monthlyFee ?? 0], ["minimumFee", "Minimum fee", minimumFee],
      ["perUser", "Per user", perUser], ["perDevice", "Per device", perDevice], ["perServer", "Per server", perServer],
    ] as const) {
      if (table.has(key)) warnIfImplausiblePrice(problems, table.address(row, key), label, name, value, settings.currency);
    }
    parsed.segmentCells.push(segment === null ? null : table.address(row, "segment"));
    parsed.tiers.push({
      name: name ?? "",
      monthlyFee: monthlyFee ?? 0,
      includedHours: includedHours ?? 0,
      responseTime,
      travelIncluded,
      extraHourRate,
      segment,
      perUser,
      perDevice,
      perServer,
      minimumFee,
      onboardingFee,
    });
  }
  if (table.rows.length === 0) {
    addError(problems, table.headerRange, `${tableTitle(TIERS_TABLE)} has no tiers — add at least one row with a Tier name and a Monthly fee.`);
  }
  return parsed;
}
