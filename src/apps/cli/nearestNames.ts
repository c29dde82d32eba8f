/** The nearest names to one typed, for usage errors: the pure rule lives in the core (the Time log's "did you mean"). */
export { nearestNames } from "../../core/workbook/nearestNames";
