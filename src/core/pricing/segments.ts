/**
 * PRICING.md §3: clients grouped by segment (trimmed, case-insensitive, shown as first spelled,
 * in order of first appearance), and the same figures over all clients.
 */
import type { ClientResult, SegmentFigures, SegmentResult } from "./results";
import { type ResolvedMix, weightOf } from "./mix";
import { segmentKey } from "./segmentKey";

type Sums = Omit<SegmentFigures, "annualRevenuePerClient" | "revenuePerHour">;

function emptySums(): Sums {
  return {
    clients: 0,
    workHours: 0,
    travelHours: 0,
    hourlyRevenue: 0,
    currentRevenue: 0,
    recommendedRevenue: 0,
    cost: 0,
    currentMargin: 0,
    recommendedCost: 0,
    recommendedMargin: 0,
    contractValue: 0,
    actualRevenue: null,
  };
}

/** Adds one client with weight w (1 without a mix: w × x is then exactly x). Clients are counted apart. */
function add(sums: Sums, r: ClientResult, w: number): void {
  sums.workHours += w * r.workHours;
  sums.travelHours += w * r.travelHours;
  sums.hourlyRevenue += w * r.hourlyRevenue;
  sums.currentRevenue += w * r.currentRevenue;
  sums.recommendedRevenue += w * r.recommendedRevenue;
  sums.cost += w * r.cost;
  sums.currentMargin += w * r.currentMargin;
  sums.recommendedCost += w * r.recommendedCost;
  sums.recommendedMargin += w * r.recommendedMargin;
  if (r.contractValue !== null) sums.contractValue += w * r.contractValue;
  const actual = r.timeLog?.actualRevenue ?? null;
  if (actual !== null) sums.actualRevenue = (sums.actualRevenue ?? 0) + w * actual;
}

/** annualRevenuePerClient = 12 × currentRevenue / clients; revenuePerHour = currentRevenue / hours; null on 0. */
function withRatios(sums: Sums): SegmentFigures {
  const hours = sums.workHours + sums.travelHours;
  return {
    ...sums,
    annualRevenuePerClient: sums.clients === 0 ? null : (12 * sums.currentRevenue) / sums.clients,
    revenuePerHour: hours === 0 ? null : sums.currentRevenue / hours,
  };
}

export interface SegmentSummary {
  segments: SegmentResult[];
  totals: SegmentFigures;
}

/**
 * Sums in client row order. With a mix, a mixed segment's money and hours are weighted and its
 * client count is the target itself (not a float sum of weights); the totals' count is the sum of
 * the segments' counts.
 */
export function summarizeSegments(results: readonly ClientResult[], mix: ResolvedMix | null = null): SegmentSummary {
  const names: string[] = [];
  const keys: string[] = [];
  const sums: Sums[] = [];
  const indexBySpelling = new Map<string, number>();
  const indexByKey = new Map<string, number>();
  const totals = emptySums();

  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    let index = indexBySpelling.get(r.segment);
    if (index === undefined) {
      const key = segmentKey(r.segment);
      index = indexByKey.get(key);
      if (index === undefined) {
        index = sums.length;
        indexByKey.set(key, index);
        names.push(r.segment.trim());
        keys.push(key);
        sums.push(emptySums());
      }
      indexBySpelling.set(r.segment, index);
    }
    const w = weightOf(mix, i);
    add(sums[index], r, w);
    add(totals, r, w);
    sums[index].clients += 1;
  }

  for (let s = 0; s < sums.length; s++) {
    const target = mix?.targets.get(keys[s]);
    if (target !== undefined) sums[s].clients = target;
    totals.clients += sums[s].clients;
  }

  return {
    segments: sums.map((segmentSums, s) => ({ segment: names[s], ...withRatios(segmentSums) })),
    totals: withRatios(totals),
  };
}
