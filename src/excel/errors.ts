/** Refusals the Office.js shell reports to the task pane before it writes anything. */

/** A sheet the plan would write already exists and is not ours: nothing was written. */
export class ForeignSheetError extends Error {
  constructor(readonly sheet: string) {
    super(
      `The workbook already has a sheet named "${sheet}" that this add-in did not create. ` +
        `Rename or delete that sheet, then run again: it was left untouched.`,
    );
    this.name = "ForeignSheetError";
  }
}
