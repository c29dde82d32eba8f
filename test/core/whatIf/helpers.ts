/** Shared by the what-if tests: the sample model, and grids edited the way a user edits cells. */
import type { CellValue, Grid } from "../../../src/core/workbook/grid";
import type { Model, ModelCells } from "../../../src/core/workbook/model";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { parseA1, splitAddress } from "../../../src/core/workbook/address";

export function parsed(grids: Grid[] = sampleGrids()): { model: Model; cells: ModelCells } {
  const result = parseModel(grids);
  if (result.model === null) throw new Error(`The grids have errors: ${JSON.stringify(result.errors)}`);
  return { model: result.model, cells: result.cells };
}

/** The grids with these sheet-qualified cells (`Settings!B5`) set, as if typed into the workbook. */
export function withCells(grids: Grid[], cells: { address: string; value: CellValue }[]): Grid[] {
  const copy = grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
  for (const { address, value } of cells) {
    const { sheet, range } = splitAddress(address);
    const { row, col } = parseA1(range);
    const grid = copy.find((g) => g.sheet === sheet && row >= g.origin.row && row < g.origin.row + g.values.length);
    if (!grid) throw new Error(`No grid holds ${address}`);
    grid.values[row - grid.origin.row]![col - grid.origin.col] = value;
  }
  return copy;
}

/** The grids with a setting's Value typed in, found by its label in the Setting column. */
export function withSetting(grids: Grid[], label: string, value: CellValue): Grid[] {
  return grids.map((g) => {
    if (g.key !== "settings") return g;
    const at = g.values.findIndex((r) => r[0] === label);
    if (at < 1) throw new Error(`No setting ${label}`);
    return { ...g, values: g.values.map((r, i) => (i === at ? [r[0]!, value, ...r.slice(2)] : [...r])) };
  });
}

/** The grids with a tier's column (by header) typed in. */
export function withTier(grids: Grid[], tier: string, header: string, value: CellValue): Grid[] {
  return grids.map((g) => {
    if (g.key !== "tiers") return g;
    const col = g.values[0]!.indexOf(header);
    const at = g.values.findIndex((r) => r[0] === tier);
    if (col < 0 || at < 1) throw new Error(`No ${tier} ${header}`);
    return { ...g, values: g.values.map((r, i) => (i === at ? r.map((v, j) => (j === col ? value : v)) : [...r])) };
  });
}

/** The grids without a table (e.g. no Travel zones, so the Trip charge setting applies). */
export function without(grids: Grid[], key: Grid["key"]): Grid[] {
  return grids.filter((g) => g.key !== key);
}
