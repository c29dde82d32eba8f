/**
 * A tier's Segment names a segment no client is in (PRICING.md §1 Tiers): a warning at its cell,
 * and when none of its names matches, the warning says the tier is offered to no client (so it is
 * never recommended). Said once per tier, never per client.
 */
import type { Client } from "./model";
import type { ParsedTiers } from "./parseTiers";
import { addWarning, listOf, type Problems } from "./problems";
import { offeredSegments, segmentKey } from "./tierSegments";

export function warnUnmatchedTierSegments(parsed: ParsedTiers, clients: readonly Client[], problems: Problems): void {
  if (clients.length === 0) return;
  // The clients' segments as first spelled, trimmed (§3), by key.
  const segments = new Map<string, string>();
  for (const c of clients) {
    const key = segmentKey(c.segment);
    if (key !== "" && !segments.has(key)) segments.set(key, c.segment.trim());
  }
  parsed.tiers.forEach((tier, i) => {
    const names = offeredSegments(tier.segment);
    const cell = parsed.segmentCells[i];
    if (names === null || cell === null || cell === undefined) return;
    const unmatched = names.filter((n) => !segments.has(segmentKey(n)));
    if (unmatched.length === 0) return;
    const quoted = listOf(unmatched.map((n) => `"${n}"`));
    const which = unmatched.length === 1 ? "which is no client's segment" : "which are no client's segments";
    const known = `(the clients' segments are ${listOf([...segments.values()])})`;
    const matched = names.filter((n) => segments.has(segmentKey(n)));
    const name = tier.name === "" ? "This tier" : `Tier "${tier.name}"`;
    addWarning(problems, cell, matched.length > 0
      ? `${name} is offered to ${quoted}, ${which} ${known} — check the spelling; it is offered to ${listOf(matched.map((n) => segments.get(segmentKey(n))!))} only.`
      : `${name} is offered to ${quoted}, ${which} ${known}, so it is offered to no client and never recommended — type a client segment, or leave the cell blank to offer it to every client.`);
  });
}
