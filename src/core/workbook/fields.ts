/**
 * Checking one cell of a data row against what its column holds, with the sentence a consultant
 * reads when it is wrong: `Visits per month for Acme Dental is "abc" — enter a number of visits,
 * 0 or more.` Every check reports and carries on, so all problems surface in one pass.
 */
import type { CellValue } from "./grid";
import { readText, readYesNo, type CellRead } from "./parseNumber";
import { readQuantity, type QuantityRead } from "./quantity";
import { addError, describeValue, type Problems } from "./problems";
import type { TableReader } from "./readTable";
import { LARGEST_NUMBER, withinBounds, type Bounds } from "./settingsSchema";

export interface FieldRule {
  /** As the column's header reads: "Visits per month". */
  label: string;
  /** What to enter, completing "— …": "enter a number of visits, 0 or more". */
  hint: string;
}

export interface NumberRule extends FieldRule {
  bounds: Bounds;
}

/** " for Acme Dental", or nothing when the row has no name yet. */
export function forWhom(name: string | null): string {
  return name ? ` for ${name}` : "";
}

/** The sentence for a cell whose content is wrong (or blank where something is required). */
export function badValueMessage(rule: FieldRule, who: string | null, cell: CellValue | undefined, read: CellRead<unknown> | QuantityRead): string {
  const subject = `${rule.label}${forWhom(who)}`;
  if (read.kind === "blank") return `${subject} is blank — ${rule.hint}.`;
  if (read.kind === "decimalComma") {
    return `${subject} is ${describeValue(cell)}, which has a decimal comma — type the number with a decimal point (such as ${String(cell).trim().replace(",", ".")}), or ${rule.hint}.`;
  }
  if (read.kind === "wrongUnit") return `${subject} is ${describeValue(cell)}, but "${read.unit}" is not the unit this column is in — ${rule.hint}.`;
  if (read.kind === "excelError") return `${subject} shows the error ${read.code} — fix that cell's formula, or ${rule.hint}.`;
  const huge = read.kind === "ok" && typeof read.value === "number" && Math.abs(read.value) >= LARGEST_NUMBER;
  return `${subject} is ${describeValue(cell)}${huge ? ", far too large to price" : ""} — ${rule.hint}.`;
}

interface FieldContext<K extends string> {
  table: TableReader<K>;
  row: number;
  key: K;
  /** The row's name (client, tier) for messages; null when it has none. */
  who: string | null;
  problems: Problems;
}

/**
 * A number cell: its value when valid; `fallback` when blank and not required (or when the
 * column is absent); after reporting, `fallback` when invalid too (the model is discarded then).
 */
export function numberField<K extends string>(
  ctx: FieldContext<K>, rule: NumberRule, required: boolean, fallback: number | null,
): number | null {
  const { table, row, key, who, problems } = ctx;
  if (!table.has(key) || table.unsaved(row, key)) return fallback;
  const cell = table.value(row, key);
  const read = readQuantity(cell, table.spec.columns.find((c) => c.key === key)?.unit, table.quantity(row, key));
  if (read.kind === "blank" && !required) return fallback;
  if (read.kind === "ok" && withinBounds(read.value, rule.bounds)) return read.value;
  addError(problems, table.address(row, key), badValueMessage(rule, who, cell, read));
  return fallback;
}

/** A text cell, trimmed; null when blank (reported first when required). */
export function textField<K extends string>(ctx: FieldContext<K>, rule: FieldRule, required: boolean): string | null {
  const { table, row, key, who, problems } = ctx;
  if (!table.has(key) || table.unsaved(row, key)) return null;
  const cell = table.value(row, key);
  const read = readText(cell);
  if (read.kind === "ok") return read.value;
  if (read.kind === "blank" && !required) return null;
  addError(problems, table.address(row, key), badValueMessage(rule, who, cell, read));
  return null;
}

/** A Yes/No cell; `fallback` when blank or absent. */
export function yesNoField<K extends string>(ctx: FieldContext<K>, rule: FieldRule, fallback: boolean): boolean {
  const { table, row, key, who, problems } = ctx;
  if (!table.has(key) || table.unsaved(row, key)) return fallback;
  const cell = table.value(row, key);
  const read = readYesNo(cell);
  if (read.kind === "ok") return read.value;
  if (read.kind === "blank") return fallback;
  addError(problems, table.address(row, key), badValueMessage(rule, who, cell, read));
  return fallback;
}
