/**
 * Collecting problems while parsing: every problem is kept (the consultant fixes them all in one
 * pass), each with its cell and a sentence that says what is wrong and what to enter instead.
 */
import type { CellValue } from "./grid";
import type { Problem } from "./model";

export interface Problems {
  errors: Problem[];
  warnings: Problem[];
  /**
   * The check (the cause) a problem came from, when its caller names one: problems of one cause
   * in one column are told once (`groupByCause`). Without one, the cause is read from the
   * sentence's advice (what follows its last "—"), which does not depend on the cell's value.
   */
  checks?: Map<Problem, string>;
}

/** Checks whose problems name a client (listed first) and notes about columns (listed last). */
export const CLIENT_NAME_CHECK = "clientName";
export const COLUMN_NOTE_CHECK = "columnNote";

export function newProblems(): Problems {
  return { errors: [], warnings: [], checks: new Map() };
}

function add(list: Problem[], problems: Problems, cell: string | undefined, message: string, check: string | undefined): void {
  const problem = cell === undefined ? { message } : { cell, message };
  list.push(problem);
  if (check !== undefined) (problems.checks ??= new Map()).set(problem, check);
}

export function addError(problems: Problems, cell: string | undefined, message: string, check?: string): void {
  add(problems.errors, problems, cell, message, check);
}

export function addWarning(problems: Problems, cell: string | undefined, message: string, check?: string): void {
  add(problems.warnings, problems, cell, message, check);
}

/** Problems of one cause in more rows than this, in one column, are one message. */
export const MAX_ROWS_NAMED = 3;

const SINGLE_CELL = /^(.*!)\$?([A-Z]{1,3})\$?(\d+)$/;

/** A sentence's advice, without what it quotes: `— enter a number of visits, 0 or more.` */
function adviceOf(message: string): string {
  const dash = message.lastIndexOf(" — ");
  return (dash >= 0 ? message.slice(dash) : message).replace(/\([^()]*\)/g, "()").replace(/"[^"]*"/g, '""');
}

/**
 * PRICING.md §1, Bad input: the same check failing in more than three rows of one column is one
 * problem naming its first three cells and how many more (`'Time log'!B2, B3, B4 and 197 more: …`),
 * at the first cell, with the first one's sentence; it takes the first one's place in the list.
 */
export function groupByCause(list: readonly Problem[], checks: Map<Problem, string> | undefined): Problem[] {
  const groups = new Map<string, Problem[]>();
  const keyOf = new Map<Problem, string>();
  for (const p of list) {
    if (p.cell === undefined) continue;
    const at = SINGLE_CELL.exec(p.cell);
    if (!at) continue;
    const key = `${at[1]}${at[2]}\u0000${checks?.get(p) ?? adviceOf(p.message)}`;
    keyOf.set(p, key);
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  let grouping = false;
  for (const g of groups.values()) if (g.length > MAX_ROWS_NAMED) grouping = true;
  if (!grouping) return [...list];
  const out: Problem[] = [];
  for (const p of list) {
    const key = keyOf.get(p);
    const group = key === undefined ? undefined : groups.get(key)!;
    if (!group || group.length <= MAX_ROWS_NAMED) {
      out.push(p);
      continue;
    }
    if (group[0] !== p) continue;
    const cells = group.slice(0, MAX_ROWS_NAMED).map((q, i) => {
      const at = SINGLE_CELL.exec(q.cell!)!;
      return i === 0 ? q.cell! : `${at[2]}${at[3]}`;
    });
    const grouped = { cell: p.cell!, message: `${cells.join(", ")} and ${group.length - MAX_ROWS_NAMED} more: ${p.message}` };
    const check = checks?.get(p);
    if (check !== undefined) checks!.set(grouped, check);
    out.push(grouped);
  }
  return out;
}

/** Problems about client names first and notes about columns last, each kind in its own order. */
export function orderByKind(list: readonly Problem[], checks: Map<Problem, string> | undefined): Problem[] {
  if (!checks || checks.size === 0) return [...list];
  const rank = (p: Problem) => {
    const check = checks.get(p);
    if (check === undefined) return 1;
    return check.startsWith(CLIENT_NAME_CHECK) ? 0 : check.startsWith(COLUMN_NOTE_CHECK) ? 2 : 1;
  };
  return list.map((p, i) => ({ p, i, r: rank(p) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.p);
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
  if (problem.cell === undefined) return problem.message;
  // A grouped problem's sentence starts with its cells, the first of them its cell.
  return problem.message.startsWith(`${problem.cell}, `) ? problem.message : `${problem.cell}: ${problem.message}`;
}

/** `Essentials, Business and Premier`. */
export function listOf(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
