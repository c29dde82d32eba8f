/**
 * Reading a Time log's hours (PRICING.md §1): a number of hours (`1.5`, or as text), a duration
 * as text (`1:30` = h:mm, `1:30:00` = h:mm:ss, as Toggl and Clockify export it), or a cell
 * formatted as a time, which Excel stores as a fraction of a day (1:30 = 0.0625).
 */
import type { CellValue } from "./grid";
import { readNumber, type CellRead } from "./parseNumber";
import { durationTextHours, timeCellHours } from "./duration";

/** `timeCell`: the shell saw a time number format on the cell, so its number is a fraction of a day. */
export function readDuration(cell: CellValue | undefined, timeCell = false): CellRead<number> {
  if (typeof cell === "string") {
    const hours = durationTextHours(cell);
    if (hours !== null) return { kind: "ok", value: hours };
  }
  const read = readNumber(cell);
  if (read.kind === "ok" && timeCell && typeof cell === "number") return { kind: "ok", value: timeCellHours(read.value) };
  return read;
}
