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

/** A client segment's key, remembered: a book has few segments and many clients (normalising is the costly part). */
const clientKeys = new Map<string, string>();

export function clientSegmentKey(segment: string): string {
  let key = clientKeys.get(segment);
  if (key === undefined) {
    key = segmentKey(segment);
    if (clientKeys.size > 10_000) clientKeys.clear(); // a workbook of distinct segments cannot grow it without bound
    clientKeys.set(segment, key);
  }
  return key;
}

/** `segmentKeyOfClient` from clientSegmentKey: the tier is offered to that client. */
export function isOffered(tier: Tier, segmentKeyOfClient: string): boolean {
  const keys = segmentKeys(tier);
  return keys === null || keys.has(segmentKeyOfClient);
}
