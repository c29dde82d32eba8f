/**
 * The what-if client mix (issue 5): a target client count per segment. Every client of a mixed
 * segment counts with weight target ÷ current count in the segment figures, totals, equivalence,
 * travel bands and reference visit; client rows are unchanged.
 */
import type { Client } from "../workbook/model";
import { segmentKey } from "./segmentKey";

export interface ResolvedMix {
  /** Weight of each client, by index in model.clients (1 for segments the mix leaves alone). */
  weights: Float64Array;
  /** Target client count by segment key, for the segments the mix names. */
  targets: Map<string, number>;
}

/** A client's weight: 1 without a mix. */
export function weightOf(mix: ResolvedMix | null, index: number): number {
  return mix === null ? 1 : mix.weights[index];
}

/**
 * Matches the mix's keys to the clients' segments (trimmed, case-insensitive). Keys naming no
 * segment, and targets that are not finite numbers ≥ 0, are ignored (the caller validates and
 * reports them). null when nothing applies, so the unweighted path runs untouched.
 */
export function resolveMix(clients: readonly Pick<Client, "segment">[], mix?: Record<string, number>): ResolvedMix | null {
  if (mix === undefined) return null;
  const wanted = new Map<string, number>();
  for (const [name, target] of Object.entries(mix)) {
    if (Number.isFinite(target) && target >= 0) wanted.set(segmentKey(name), target);
  }
  if (wanted.size === 0) return null;

  const counts = new Map<string, number>();
  const keys: string[] = new Array(clients.length);
  for (let i = 0; i < clients.length; i++) {
    const key = segmentKey(clients[i].segment);
    keys[i] = key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const targets = new Map<string, number>();
  for (const [key, target] of wanted) if (counts.has(key)) targets.set(key, target);
  if (targets.size === 0) return null;

  const weights = new Float64Array(clients.length);
  for (let i = 0; i < clients.length; i++) {
    const target = targets.get(keys[i]);
    weights[i] = target === undefined ? 1 : target / (counts.get(keys[i]) as number);
  }
  return { weights, targets };
}
