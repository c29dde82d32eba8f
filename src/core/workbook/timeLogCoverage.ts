/**
 * What the Time log covers, read without pricing anything: for the pane's model status
 * ("Time log: 1,204 entries, Jan–Dec 2025, 12 months"). Problems are not reported here (Analyze
 * reports them, each at its cell); a log whose dates cannot all be read covers nothing yet.
 */
import type { Grid } from "./grid";
import type { TimeLogSummary } from "./model";
import { newProblems } from "./problems";
import { parseSettings } from "./parseSettings";
import { parseTimeLog } from "./parseTimeLog";

export function timeLogCoverage(grids: readonly Grid[]): TimeLogSummary | null {
  const log = grids.find((g) => g.key === "timeLog");
  if (!log) return null;
  const problems = newProblems();
  const { settings } = parseSettings(grids.find((g) => g.key === "settings"), problems);
  const parsed = parseTimeLog(log, settings, problems);
  return problems.errors.length > 0 ? null : parsed.summary;
}
