/** PRICING.md v2 §3, capacity: how much of the team's billable hours the book of clients uses. */
import type { Settings } from "../workbook/model";
import type { Capacity, SegmentFigures } from "./results";

/** availableHours = technicians × billable hours per technician; usedHours = work + travel hours; utilisation = used / available. */
export function capacity(totals: Pick<SegmentFigures, "workHours" | "travelHours">, s: Settings): Capacity {
  const availableHours = s.technicians * s.billableHoursPerTechnician;
  const usedHours = totals.workHours + totals.travelHours;
  return { availableHours, usedHours, utilisation: usedHours / availableHours };
}
