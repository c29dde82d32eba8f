/**
 * "Apply to workbook" (issue 5): the exact input cells to write so that the workbook holds the
 * chosen lever values: the Value cell of each changed setting in Settings, the Monthly fee or
 * Included hours cell of each changed tier, the Trip charge cell of each changed travel zone. Only levers that differ from the workbook are
 * written. What cannot be written is listed with the reason, for the confirmation to show:
 * the client mix (it is not an input of the workbook) and a setting or tier column the
 * workbook does not have (the add-in never adds rows or columns to the user's tables).
 */
import type { CellValue } from "../../workbook/grid";
import type { Model, ModelCells } from "../../workbook/model";
import { readNumber } from "../../workbook/parseNumber";
import { TIER_LEVER_LABELS, leversDiff, zoneId, type LeverChange, type Levers } from "../../whatIf/levers";

export interface CellWrite {
  /** Sheet-qualified, as the parser recorded it: `Settings!B5`, `'Travel Zones'!B2`. */
  address: string;
  value: number;
  /** The value the analysis read there: a shell refuses to write if the cell holds something else now. */
  expected: number;
  change: LeverChange;
}

export interface LeverWritePlan {
  writes: CellWrite[];
  notWritten: { change: LeverChange; reason: string }[];
}

export function planLeverWrites(levers: Levers, base: Model, cells: ModelCells): LeverWritePlan {
  const plan: LeverWritePlan = { writes: [], notWritten: [] };
  for (const change of leversDiff(base, levers)) {
    const { lever } = change;
    let address: string | undefined;
    let reason = "";
    switch (lever.kind) {
      case "setting":
        address = cells.settings[lever.key];
        reason = `${change.label} has no row in your Settings table (the analysis used its default). Add a "${change.label}" row to keep this value in the workbook.`;
        break;
      case "tier":
        address = cells.tiers[lever.tier]?.[lever.field];
        reason = `Your Tiers table has no ${TIER_LEVER_LABELS[lever.field]} column. Add one to keep this value in the workbook.`;
        break;
      case "zone":
        address = cells.travelZones?.[zoneId(lever.upTo)];
        reason = `Your Travel zones table has no Trip charge cell for the zone up to ${lever.upTo}. Add one to keep this value in the workbook.`;
        break;
      case "mix":
        reason = "The client mix is a what-if only: the workbook lists clients one by one. Save a scenario to keep it.";
        break;
    }
    if (address === undefined) plan.notWritten.push({ change, reason });
    else plan.writes.push({ address, value: change.to, expected: change.from, change });
  }
  return plan;
}

/**
 * Does the cell still hold what the analysis read (so writing over it loses nothing the user
 * typed since)? A blank cell counts as holding its default, which is what the analysis used.
 */
export function cellStillHolds(cell: CellValue | undefined, expected: number): boolean {
  const read = readNumber(cell);
  if (read.kind === "blank") return true;
  return read.kind === "ok" && read.value === expected;
}
