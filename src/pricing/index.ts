/** The pricing engine's public face: PRICING.md §2–5 as pure functions over the workbook Model. */
export { analyze, type AnalyzeOptions } from "./analyze";
export { kpis, type Kpis } from "./kpis";
export { HOURLY } from "./recommendTier";
export { TRAVEL_BANDS } from "./travelBands";
export { SENSITIVITY_MINUTES, BREAK_EVEN_MAX_MINUTES } from "./sensitivity";
export { segmentKey } from "./segmentKey";
export type * from "./results";
