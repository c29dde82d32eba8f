/**
 * Collecting problems while parsing: every problem is kept (the consultant fixes them all in one
 * pass), each with its cell and a sentence that says what is wrong and what to enter instead.
 */
import type { CellValue } from "./grid";
import type { Problem } from "./model";

export interface Problems {
  errors: Problem[];
  warnings: Problem[];
}

export function newProblems(): Problems {
  return { errors: [], warnings: [] };
}

export function addError(problems: Problems, cell: string | undefined, message: string): void {
  problems.errors.push(cell === undefined ? { message } : { cell, message });
}

export function addWarning(problems: Problems, cell: string | undefined, message: string): void {
  problems.warnings.push(cell === undefined ? { message } : { cell, message });
}

/** How a message quotes what the cell holds: text in quotes, numbers bare, TRUE/FALSE as Excel shows them. */
export function describeValue(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "blank";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return String(cell);
  return `"${cell.trim()}"`;
}

/** One line for a list or a terminal: `Clients!E7: Visits per month for Acme is "abc" — enter …`. */
export function formatProblem(problem: Problem): string {
  return problem.cell === undefined ? problem.message : `${problem.cell}: ${problem.message}`;
}

/** `Essentials, Business and Premier`. */
export function listOf(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
