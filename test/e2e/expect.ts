/**
 * Assertions on the in-memory workbook: that a sheet holds exactly what the engine planned, that
 * nothing became a formula, that sheets were left alone.
 */
import assert from "node:assert/strict";
import type { SheetSpec } from "../../src/core/report/sheetPlan";
import { parseA1 } from "../../src/core/workbook/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/testing/fakeExcel/snapshot";

export function sheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snapshot.sheets.filter((s) => s.name.toLowerCase() === name.toLowerCase());
  assert.equal(found.length, 1, `expected one sheet named ${name}; the workbook has ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return found[0]!;
}

export function sheetNames(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.map((s) => s.name);
}

/** Every value of every block of the plan is in the sheet at its address (blank where the plan has null). */
export function assertPlanLanded(snapshot: WorkbookSnapshot, spec: SheetSpec): void {
  const target = sheet(snapshot, spec.name);
  const cells = new Map(target.cells.map((c) => [`${c.row},${c.col}`, c]));
  const wrong: string[] = [];
  let checked = 0;
  for (const block of spec.blocks) {
    const { row, col } = parseA1(block.at);
    block.values.forEach((values, i) =>
      values.forEach((expected, j) => {
        checked++;
        const cell = cells.get(`${row + i},${col + j}`);
        const actual = cell?.value ?? null;
        const want = expected === "" ? null : expected;
        if (actual !== want || cell?.formula !== undefined) {
          wrong.push(`${cell?.address ?? `r${row + i}c${col + j}`}: ${JSON.stringify(actual)}${cell?.formula ? ` (formula ${cell.formula})` : ""}, planned ${JSON.stringify(want)}`);
        }
      }),
    );
  }
  assert.ok(checked > 0, `the plan for ${spec.name} has no values`);
  assert.deepEqual(wrong.slice(0, 8), [], `${wrong.length} of ${checked} cells on ${spec.name} differ from the plan`);
}

/** Text from the workbook that starts with = + - @ must stay text: no cell holds a formula (but the user's own, on `usersSheets`). */
export function assertNoFormulas(snapshot: WorkbookSnapshot, usersSheets: readonly string[] = []): void {
  const formulas = snapshot.sheets
    .filter((s) => !usersSheets.includes(s.name))
    .flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => `${s.name}!${c.address} ${c.formula}`));
  assert.deepEqual(formulas, [], "cells written as formulas");
}

/** The sheets and defined names are exactly as they were (syncs aside): nothing was written. */
export function assertUnchanged(before: WorkbookSnapshot, after: WorkbookSnapshot, what = "the workbook"): void {
  assert.deepEqual(sheetNames(after), sheetNames(before), `${what}: sheets were added or removed`);
  for (const s of before.sheets) assert.deepEqual(sheet(after, s.name), s, `${what}: sheet ${s.name} changed`);
  assert.deepEqual(after.names, before.names, `${what}: defined names changed`);
}

export function ownershipNames(snapshot: WorkbookSnapshot): WorkbookSnapshot["names"] {
  return snapshot.names.filter((n) => n.name.startsWith("ServicePricer_Owned_"));
}
