/**
 * PRICING.md §2–5 end to end: Model → Analysis (the JSON report of §6). Pure; parse errors are
 * merged by the flow, so `errors` is always empty here and `warnings` holds the pricing's own.
 * O(clients × tiers), one result object per client and no other per-client allocation.
 */
import type { Model, Problem } from "../workbook/model";
import type { Analysis, ClientResult } from "./results";
import { clientBasis, emptyBasis } from "./clientBasis";
import { clientResult } from "./clientResult";
import { equivalence } from "./equivalence";
import { resolveMix } from "./mix";
import { rateCard } from "./rateCard";
import { referenceVisitHours } from "./referenceVisit";
import { summarizeSegments } from "./segments";
import { breakEvenMinutes, sensitivity } from "./sensitivity";
import { tierLookup } from "./tierLookup";
import { isBeyondLastZone, lastZone } from "./travel";
import { travelBands } from "./travelBands";
import { beyondLastZoneWarning, comparedSegmentsWarning, unknownTierWarning } from "./warnings";
import { segmentKey } from "./segmentKey";
import { capacity } from "./capacity";
import { renewalTotals } from "./renewal";

export interface AnalyzeOptions {
  /**
   * What-if client mix: target client count by segment name (matched trimmed, case-insensitive;
   * unknown names ignored). Weights every client of that segment by target ÷ current count in the
   * segment figures, totals, equivalence, travel bands and reference visit; client rows unchanged.
   */
  mix?: Record<string, number>;
}

export function analyze(model: Model, options: AnalyzeOptions = {}): Analysis {
  const { settings, tiers, clients, travelZones } = model;
  const warnings: Problem[] = [];
  const tierOf = tierLookup(tiers);
  const last = lastZone(travelZones);
  const basis = emptyBasis();

  const results: ClientResult[] = new Array(clients.length);
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i];
    let tier = tierOf(client.tier);
    if (tier === undefined) {
      warnings.push(unknownTierWarning(client));
      tier = null;
    }
    clientBasis(client, settings, travelZones, basis);
    if (last !== undefined && client.distance > settings.freeTravelRadius && isBeyondLastZone(client.distance, travelZones)) {
      warnings.push(beyondLastZoneWarning(client, last, settings));
    }
    results[i] = clientResult(client, tier, basis, tiers, settings);
  }

  const mix = resolveMix(clients, options.mix);
  const { segments, totals } = summarizeSegments(results, mix);
  const hRef = referenceVisitHours(clients, mix);
  // With two or more segments, a comparison setting that matches none of them is said (one segment: nothing to compare).
  if (segments.length >= 2) {
    const keys = new Set(segments.map((seg) => segmentKey(seg.segment)));
    const missing = [settings.homeSegment, settings.businessSegment].filter((name) => !keys.has(segmentKey(name)));
    if (missing.length > 0) warnings.push(comparedSegmentsWarning(missing, segments.map((seg) => seg.segment)));
  }

  return {
    clients: results,
    segments,
    totals,
    equivalence: equivalence(segments, settings.homeSegment, settings.businessSegment),
    travel: {
      bands: travelBands(clients, results, settings, mix),
      referenceVisitHours: hRef,
      sensitivity: sensitivity(hRef, settings, travelZones),
      breakEvenMinutes: breakEvenMinutes(hRef, settings, travelZones),
    },
    capacity: capacity(totals, settings),
    renewal: renewalTotals(results),
    timeLog: model.timeLog ?? null,
    rateCard: rateCard(model),
    warnings,
    errors: [],
  };
}
