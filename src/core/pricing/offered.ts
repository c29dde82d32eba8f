/**
 * PRICING.md v3 §2, `offered`: a tier with no Segment is offered to every client; otherwise to the
 * clients whose segment is one of its segments, matched like segments (§3).
 */
import type { Tier } from "../workbook/model";
import { offeredSegments, segmentKey } from "../workbook/tierSegments";

/** Each tier's segment keys, worked out once per tier object (null = every client). */
const keysOf = new WeakMap<Tier, ReadonlySet<string> | null>();

function segmentKeys(tier: Tier): ReadonlySet<string> | null {
  let keys = keysOf.get(tier);
  if (keys === undefined) {
    const names = offeredSegments(tier.segment);
    keys = names === null ? null : new Set(names.map(segmentKey));
    keysOf.set(tier, keys);
  }
  return keys;
}

export function isOffered(tier: Tier, clientSegment: string): boolean {
  const keys = segmentKeys(tier);
  return keys === null || keys.has(segmentKey(clientSegment));
}
