/**
 * The last guard before anything is planned, in both shells: every figure of the report must be a finite number
 * (or null where PRICING.md §6 allows it). Inputs are capped (LARGEST_NUMBER), yet a ratio over
 * almost nothing (0.000…1 hours) can still reach Infinity, which JSON writes as null and an .xlsx
 * cell as a value Excel refuses to open. Such a workbook is refused, naming the client's row.
 */
import type { Analysis } from "../pricing/results";
import type { Model, Problem } from "../workbook/model";

const NOT_FINITE = (x: unknown) => typeof x === "number" && !Number.isFinite(x);

/** One error per client with a figure that is not finite, and one for any other such figure. */
/** `model`: the clients priced, in the analysis's order; each carries the cell it was read from. */
export function overflowErrors(analysis: Analysis, model: Pick<Model, "clients">): Problem[] {
  const errors: Problem[] = [];
  analysis.clients.forEach((client, i) => {
    const bad = Object.entries(client).filter(([, v]) => NOT_FINITE(v)).map(([k]) => k);
    // The renewal's increaseForTarget divides by the tier's price, which may be tiny.
    if (client.renewal) bad.push(...Object.entries(client.renewal).filter(([, v]) => NOT_FINITE(v)).map(([k]) => `renewal.${k}`));
    if (bad.length === 0) return;
    const cell = model.clients[i]?.cell;
    errors.push({
      ...(cell !== undefined ? { cell } : {}),
      message: `The figures for ${client.client} cannot be worked out (${bad.join(", ")} would be infinite) — check this client's distance, visits and hours for a typo: a value far too large, or a tiny one such as 1E-300.`,
    });
  });
  const { clients: _clients, warnings: _warnings, errors: _errors, ...rest } = analysis;
  const others = nonFinitePaths(rest, "");
  if (errors.length === 0 && others.length > 0) {
    errors.push({
      message: `Some figures cannot be worked out (${others.slice(0, 3).join(", ")} would be infinite) — check the Clients and Tiers tables for a value far too large, or a tiny one such as 1E-300.`,
    });
  }
  return errors;
}

function nonFinitePaths(value: unknown, at: string): string[] {
  if (NOT_FINITE(value)) return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, `${at}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, at ? `${at}.${k}` : k));
  }
  return [];
}
