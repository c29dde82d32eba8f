/**
 * Grids → Model (PRICING.md §1), or every problem at once. Tables are read in the order of §1;
 * Settings first, because the distance unit appears in the other tables' messages. Any error
 * and the model is null (nothing may be written); warnings never stop the analysis.
 */
import type { Grid, TableKey } from "./grid";
import type { ParseResult } from "./model";
import { parseBenefits } from "./parseBenefits";
import { parseClients } from "./parseClients";
import { parseSettings } from "./parseSettings";
import { parseTiers } from "./parseTiers";
import { parseTravelZones } from "./parseTravelZones";
import { parseTimeLog, warnUnknownClients } from "./parseTimeLog";
import { newProblems } from "./problems";
import { warnRowBelow } from "./rowBelow";
import { TABLE_KEYS } from "./tables";

export function parseModel(grids: readonly Grid[]): ParseResult {
  const byKey = new Map<TableKey, Grid>();
  for (const grid of grids) if (!byKey.has(grid.key)) byKey.set(grid.key, grid);
  const problems = newProblems();
  const { settings, cells: settingCells } = parseSettings(byKey.get("settings"), problems);
  const tiers = parseTiers(byKey.get("tiers"), settings, problems);
  // The Time log is read before Clients (its figures fill blank Clients cells) but reported after
  // Benefits, in the order of PRICING.md §1.
  const logProblems = newProblems();
  const timeLog = parseTimeLog(byKey.get("timeLog"), settings, logProblems);
  const clients = parseClients(byKey.get("clients"), settings, tiers, problems, timeLog);
  const travelZones = parseTravelZones(byKey.get("travelZones"), settings, problems);
  const benefits = parseBenefits(byKey.get("benefits"), problems);
  warnUnknownClients(timeLog, clients, logProblems);
  for (const p of logProblems.errors) problems.errors.push(p); // a loop: a spread of 100,000 would overflow the stack
  for (const p of logProblems.warnings) problems.warnings.push(p);
  for (const key of TABLE_KEYS) {
    const grid = byKey.get(key);
    if (grid) warnRowBelow(grid, problems, grids);
  }
  const model = problems.errors.length > 0
    ? null
    : { settings, tiers: tiers.tiers, clients, travelZones, benefits, ...(timeLog.summary ? { timeLog: timeLog.summary } : {}) };
  return {
    model,
    cells: { settings: settingCells, tiers: tiers.cells },
    errors: problems.errors,
    warnings: problems.warnings,
  };
}
