/**
 * Which rows under the headings are data (PRICING.md §1). Left out, each named in a warning:
 * an Excel table's totals row; hidden rows (one warning per table; what is priced is what the
 * consultant sees); a row whose first cell says Total, Subtotal… or whose numbers are formulas
 * adding up the column; in Clients, Tiers and Travel zones, a row whose only non-blank cell is
 * text under the first column read (a section heading, a footnote, a client with only a name).
 * Rows whose cells are all blank are skipped without a word.
 */
import { cellAddress, rangeAddress } from "./address";
import type { CellValue, Grid } from "./grid";
import { isBlank, readText } from "./parseNumber";
import { addWarning, listOf, type Problems } from "./problems";
import type { TableSpec } from "./tables";

const TOTAL_WORDS = /^(?:total|totals|grand\s*total|sub-?\s*total|sum)\s*:?$/i;
/** A formula that adds up a column: =SUM(E2:E9), =SUBTOTAL(9,…), =COUNTA(…), =AGGREGATE(…). */
const SUM_FORMULA = /^=?\s*(?:SUM|SUBTOTAL|COUNTA?|COUNTIFS?|SUMIFS?|SUMPRODUCT|AVERAGE|AGGREGATE)\s*\(/i;
/** Tables whose lone-text rows are headings or footnotes (`February` in a Time log; never Settings or Benefits, where one text is a row). */
const LONE_TEXT_TABLES = new Set(["clients", "tiers", "travelZones", "timeLog"]);
const MAX_NAMED = 10;

function blankRow(cells: readonly CellValue[] | undefined): boolean {
  return !cells || cells.every((c) => isBlank(c));
}

export function classifyRows(grid: Grid, spec: TableSpec, headerRow: number, read: ReadonlySet<number>, problems: Problems): number[] {
  const { values, sheet } = grid;
  const { row: top, col: left } = grid.origin;
  const at = (r: number, c: number) => cellAddress(sheet, top + r, left + c);
  const hidden = new Set(grid.hiddenRows ?? []);
  const totalsRow = grid.totalsRow ? values.length - 1 : -1;
  const sums = new Set<number>();
  for (const f of grid.formulas ?? []) if (read.has(f.col) && SUM_FORMULA.test(f.formula)) sums.add(f.row);
  const firstRead = Math.min(...read);
  const hiddenNamed: number[] = [];
  const rows: number[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const cells = values[r];
    if (r === totalsRow) {
      if (!blankRow(cells)) addWarning(problems, at(r, 0), `This is the ${spec.displayName} table's totals row, so it is not read as data.`);
      continue;
    }
    if (hidden.size > 0 && hidden.has(r)) {
      if (!blankRow(cells)) hiddenNamed.push(r);
      continue;
    }
    if (blankRow(cells)) continue;
    const first = cells!.findIndex((c) => !isBlank(c));
    const label = readText(cells![first]);
    if (label.kind === "ok" && TOTAL_WORDS.test(label.value)) {
      addWarning(problems, at(r, first), `"${label.value}" row: a total, not ${what(spec)}, so it is not read.`);
      continue;
    }
    if (sums.has(r)) {
      addWarning(problems, at(r, first), `This row adds up the column (a SUM or SUBTOTAL formula): a total, not ${what(spec)}, so it is not read.`);
      continue;
    }
    if (LONE_TEXT_TABLES.has(spec.key) && read.size > 1 && first === firstRead && typeof cells![first] === "string") {
      const others = cells!.some((c, i) => i !== first && !isBlank(c));
      if (!others) {
        addWarning(problems, at(r, first), spec.key === "clients"
          ? `"${label.kind === "ok" ? label.value : ""}" has nothing but a name, so it is read as a heading or note, not priced — fill in its row to price it as a client.`
          : `"${label.kind === "ok" ? label.value : ""}" is the only thing in its row, so it is read as a heading or note and not as ${what(spec)}.`);
        continue;
      }
    }
    rows.push(r);
  }
  if (hiddenNamed.length > 0) {
    // Named as the consultant knows them: by the client (tier, zone) in the first column read, and their row.
    const named = hiddenNamed.slice(0, MAX_NAMED).map((r) => {
      const label = readText(grid.values[r]?.[firstRead]);
      return label.kind === "ok" && label.value.trim() !== "" ? `${top + r + 1} (${label.value.trim()})` : String(top + r + 1);
    });
    const more = hiddenNamed.length > MAX_NAMED ? ` and ${hiddenNamed.length - MAX_NAMED} more` : "";
    const span = rangeAddress(sheet, top + hiddenNamed[0]!, left, top + hiddenNamed[hiddenNamed.length - 1]!, left);
    addWarning(problems, span,
      `${hiddenNamed.length === 1 ? "Row" : "Rows"} ${listOf(named)}${more} of the ${spec.displayName} table ${hiddenNamed.length === 1 ? "is" : "are"} hidden (by hand or by a filter), so ${hiddenNamed.length === 1 ? "it is" : "they are"} not read — unhide ${hiddenNamed.length === 1 ? "it" : "them"} (or clear the filter) to include ${hiddenNamed.length === 1 ? "it" : "them"}.`);
  }
  return rows;
}

function what(spec: TableSpec): string {
  switch (spec.key) {
    case "clients": return "a client";
    case "tiers": return "a tier";
    case "travelZones": return "a travel zone";
    case "settings": return "a setting";
    case "timeLog": return "a time entry";
    default: return "a benefit";
  }
}
