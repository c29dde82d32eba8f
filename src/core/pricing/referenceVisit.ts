/** PRICING.md §4: the reference visit the travel sensitivity prices. */
import type { Client, Hours } from "../workbook/model";
import { type ResolvedMix, weightOf } from "./mix";

/** hRef = Σ(v × h) / Σ v over clients with v > 0 (weighted by the mix); 1 when there are none. */
export function referenceVisitHours(clients: readonly Client[], mix: ResolvedMix | null = null): Hours {
  let visitHours = 0;
  let visits = 0;
  for (let i = 0; i < clients.length; i++) {
    const c = clients[i];
    if (!(c.visitsPerMonth > 0)) continue;
    const w = weightOf(mix, i);
    visitHours += w * c.visitsPerMonth * c.hoursPerVisit;
    visits += w * c.visitsPerMonth;
  }
  return visits > 0 ? visitHours / visits : 1;
}
