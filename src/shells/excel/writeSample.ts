/**
 * The engine's sample model as formatted Excel tables, each on a new sheet of its own. Any
 * existing sheet of those names (Settings, Tiers, Clients, Travel Zones, Benefits) is the user's:
 * then nothing is written (ForeignSheetError) and every other sheet is left as it was.
 */
import { planSampleModel } from "../../core/report/sheets/planSample";
import { applyPlan, type ApplyResult } from "./applyPlan";
import type { WorkbookState } from "./workbookState";

export async function writeSample(context: Excel.RequestContext, state: WorkbookState): Promise<ApplyResult> {
  return applyPlan(context, planSampleModel(), state);
}
