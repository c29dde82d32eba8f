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
import { newProblems } from "./problems";
import { warnRowBelow } from "./rowBelow";
import { TABLE_KEYS } from "./tables";

export function parseModel(grids: Grid[]): ParseResult {
  const byKey = new Map<TableKey, Grid>();
  for (const grid of grids) if (!byKey.has(grid.key)) byKey.set(grid.key, grid);
  const problems = newProblems();
  const { settings, cells: settingCells } = parseSettings(byKey.get("settings"), problems);
  const tiers = parseTiers(byKey.get("tiers"), settings, problems);
  const clients = parseClients(byKey.get("clients"), settings, tiers, problems);
  const travelZones = parseTravelZones(byKey.get("travelZones"), settings, problems);
  const benefits = parseBenefits(byKey.get("benefits"), problems);
  for (const key of TABLE_KEYS) {
    const grid = byKey.get(key);
    if (grid) warnRowBelow(grid, problems, grids);
  }
  const model = problems.errors.length > 0
    ? null
    : { settings, tiers: tiers.tiers, clients, travelZones, benefits };
  return {
    model,
    cells: { settings: settingCells, tiers: tiers.cells },
    errors: problems.errors,
    warnings: problems.warnings,
  };
}
