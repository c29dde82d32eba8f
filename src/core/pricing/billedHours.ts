import type { Hours, Settings } from "../workbook/model";
import { roundUp } from "./roundUp";

/** Billed hours per visit when billed by the hour: the minimum per visit applies (PRICING.md §2). */
export function billedHourly(hoursPerVisit: Hours, settings: Settings): Hours {
  return Math.max(settings.minimumHoursPerVisit, roundUp(hoursPerVisit, settings.billingIncrement));
}

/** Billed hours per visit on an agreement: rounded to the increment, no minimum (PRICING.md §2). */
export function billedAgreement(hoursPerVisit: Hours, settings: Settings): Hours {
  return roundUp(hoursPerVisit, settings.billingIncrement);
}
