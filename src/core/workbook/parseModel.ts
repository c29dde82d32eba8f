/**
 * Grids → Model (PRICING.md §1), or every problem at once. Tables are read in the order of §1;
 * Settings first, because the distance unit appears in the other tables' messages. Any error
 * and the model is null (nothing may be written); warnings never stop the analysis.
 */
import type { Grid, TableKey } from "./grid";
import type { DateOrder, ParseResult } from "./model";
import { parseBenefits } from "./parseBenefits";
import { parseClients } from "./parseClients";
import { parseSettings } from "./parseSettings";
import { parseTiers } from "./parseTiers";
import { parseTravelZones } from "./parseTravelZones";
import { parseTimeLog, warnUnknownClients } from "./parseTimeLog";
import { groupByCause, newProblems, orderByKind } from "./problems";
import { warnRowBelow } from "./rowBelow";
import { TABLE_KEYS } from "./tables";
import { warnUnmatchedTierSegments } from "./tierSegmentWarnings";

export interface ParseOptions {
  /** `--date-order` (PRICING.md §7): how numbered date texts are read, over the Date order setting. */
  dateOrder?: DateOrder | null;
}

export function parseModel(grids: readonly Grid[], options: ParseOptions = {}): ParseResult {
  const byKey = new Map<TableKey, Grid>();
  for (const grid of grids) if (!byKey.has(grid.key)) byKey.set(grid.key, grid);
  const problems = newProblems();
  // With Travel zones the Trip charge setting prices nothing (§1): its default is not "in use". A
  // zone row holds numbers (Up to, Trip charge); titles and headings do not.
  const zonesGrid = byKey.get("travelZones");
  const zonesSetCharges = zonesGrid !== undefined && zonesGrid.values.some((row) => row.some((v) => typeof v === "number"));
  const { settings, cells: settingCells } = parseSettings(byKey.get("settings"), problems, zonesSetCharges ? new Set(["tripCharge"]) : undefined);
  const tiers = parseTiers(byKey.get("tiers"), settings, problems);
  // The Time log is read before Clients (its figures fill blank Clients cells) but reported after
  // Benefits, in the order of PRICING.md §1.
  const logProblems = newProblems();
  const timeLog = parseTimeLog(byKey.get("timeLog"), settings, logProblems, options.dateOrder ?? null);
  const clients = parseClients(byKey.get("clients"), settings, tiers, problems, timeLog);
  warnUnmatchedTierSegments(tiers, clients, problems);
  const { zones: travelZones, cells: zoneCells } = parseTravelZones(byKey.get("travelZones"), settings, problems);
  const benefits = parseBenefits(byKey.get("benefits"), problems);
  warnUnknownClients(timeLog, clients, logProblems, settings.businessName);
  for (const p of logProblems.errors) problems.errors.push(p); // a loop: a spread of 100,000 would overflow the stack
  for (const p of logProblems.warnings) problems.warnings.push(p);
  for (const [p, check] of logProblems.checks ?? []) (problems.checks ??= new Map()).set(p, check);
  for (const key of TABLE_KEYS) {
    const grid = byKey.get(key);
    if (grid) warnRowBelow(grid, problems, grids);
  }
  // PRICING.md §1: one message per cause in a column; names of clients first, notes on columns last.
  problems.errors = orderByKind(groupByCause(problems.errors, problems.checks), problems.checks);
  problems.warnings = orderByKind(groupByCause(problems.warnings, problems.checks), problems.checks);
  const model = problems.errors.length > 0
    ? null
    : { settings, tiers: tiers.tiers, clients, travelZones, benefits, ...(timeLog.summary ? { timeLog: timeLog.summary } : {}) };
  return {
    model,
    cells: { settings: settingCells, tiers: tiers.cells, travelZones: zoneCells },
    errors: problems.errors,
    warnings: problems.warnings,
  };
}
