/**
 * `1:30` is an hour and a half wherever it is typed (PRICING.md §1): as text or in a cell
 * formatted as a time, in the Time log's Hours and in the Clients' Hours per visit, the same
 * hours. A time cell's number is a fraction of a day with float noise (1:30 saved by a
 * spreadsheet as 0.06250000000000001): read as the 1.5 h the cell shows, in both tables.
 */
import { parseModel } from "../../../src/core/workbook/parseModel";
import type { Grid } from "../../../src/core/workbook/grid";
import { BENEFITS_OK, grid } from "./helpers";

/** 1:30 as a spreadsheet stores it after arithmetic: not exactly 1.5 / 24. */
const NOISY_HALF_PAST_ONE = 1.5 / 24 + 1e-12;

function read(hoursPerVisit: unknown, logged: unknown, timed: boolean) {
  const timeCell = (g: Grid, col: number): Grid => (timed ? { ...g, timeCells: [{ row: 1, col }] } : g);
  const parsed = parseModel([
    grid("tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]]),
    timeCell(grid("clients", [
      ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"],
      ["Acme Dental", "Small business", "Business", 20, 1, hoursPerVisit as number, null],
    ]), 5),
    grid("benefits", BENEFITS_OK),
    timeCell(grid("timeLog", [["Client", "Date", "Hours", "On site"], ["Acme Dental", "2026-01-05", logged as number, "No"]]), 2),
  ]);
  expect(parsed.errors).toEqual([]);
  const client = parsed.model!.clients[0]!;
  return { hoursPerVisit: client.hoursPerVisit, loggedRemote: client.timeLog!.remoteHours };
}

describe("durations: one rule in both tables", () => {
  it("a time-formatted cell holding 1:30 is 1.5 h exactly, in the Clients table and in the Time log", () => {
    expect(read(NOISY_HALF_PAST_ONE, NOISY_HALF_PAST_ONE, true)).toEqual({ hoursPerVisit: 1.5, loggedRemote: 1.5 });
  });

  it("text 1:30 and 1:30:00 are 1.5 h in both; 0:45:30 is 45.5 minutes of an hour", () => {
    expect(read("1:30", "1:30:00", false)).toEqual({ hoursPerVisit: 1.5, loggedRemote: 1.5 });
    const { hoursPerVisit, loggedRemote } = read("0:45:30", "0:45:30", false);
    expect(hoursPerVisit).toBeCloseTo(45.5 / 60, 12);
    expect(loggedRemote).toBe(hoursPerVisit);
  });
});
