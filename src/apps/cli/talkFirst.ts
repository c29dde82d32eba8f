/**
 * The clients to talk to first after an analysis with a Time log (PRICING.md §7), the same list
 * and sentences as the pane's (TimeLogFindings.tsx): losses, then churn risks.
 */
import type { Analysis } from "../../core/pricing/results";
import { timeLogReview } from "../../core/pricing/timeLogReview";
import type { Model } from "../../core/workbook/model";
import { flagLabel, flagSentence } from "../../core/report/sheets/timeLogText";

export function talkFirstLines(model: Model, analysis: Analysis): string[] {
  if (!analysis.timeLog) return [];
  const { talkFirst } = timeLogReview(model, analysis);
  if (talkFirst.length === 0) return ["Clients to talk to first: none — no client loses money on its logged time or pays twice what it would by the hour."];
  const included = (tier: string | null) => model.tiers.find((t) => t.name === tier)?.includedHours ?? null;
  return [
    "Clients to talk to first:",
    ...talkFirst.map((row, i) => `  ${i + 1}. ${row.client} (${flagLabel(row)}): ${flagSentence(row, model.settings.currency, included(row.tier))}`),
  ];
}
