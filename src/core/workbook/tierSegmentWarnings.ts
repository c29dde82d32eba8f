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
  const known = `(the clients' segments are ${listOf([...segments.values()])})`;
  const found: { cell: string; message: string; unmatched: string[] }[] = [];
  parsed.tiers.forEach((tier, i) => {
    const names = offeredSegments(tier.segment);
    const cell = parsed.segmentCells[i];
    if (names === null || cell === null || cell === undefined) return;
    const unmatched = names.filter((n) => !segments.has(segmentKey(n)));
    if (unmatched.length === 0) return;
    const quoted = listOf(unmatched.map((n) => `"${n}"`));
    const which = unmatched.length === 1 ? "which is no client's segment" : "which are no client's segments";
    const matched = names.filter((n) => segments.has(segmentKey(n)));
    const name = tier.name === "" ? "This tier" : `Tier "${tier.name}"`;
    found.push({
      cell,
      unmatched,
      message: matched.length > 0
        ? `${name} is offered to ${quoted}, ${which} ${known} — check the spelling; it is offered to ${listOf(matched.map((n) => segments.get(segmentKey(n))!))} only.`
        : `${name} is offered to ${quoted}, ${which} ${known}, so it is offered to no client and never recommended — type a client segment, or leave the cell blank to offer it to every client.`,
    });
  });
  if (found.length <= 3) {
    for (const f of found) addWarning(problems, f.cell, f.message);
    return;
  }
  // The same check in more than three rows: one warning naming the first three cells and how many more (§1 Bad input).
  const [first, ...rest] = found.map((f) => f.cell);
  const cells = `${first}, ${rest.slice(0, 2).map((c) => c.slice(c.lastIndexOf("!") + 1)).join(", ")} and ${found.length - 3} more`;
  const names = [...new Set(found.flatMap((f) => f.unmatched))].map((n) => `"${n}"`);
  addWarning(problems, first, `${cells}: ${found.length} tiers are offered to ${listOf(names)}, which no client's segment matches ${known} — ` +
    "check the spelling, type a client segment, or leave the cell blank to offer the tier to every client.");
}
