/**
 * Raised by either shell, before anything is written, when a planned output sheet's name is taken
 * by a sheet without our ownership marker: the user's sheet is never touched.
 */
export class ForeignSheetError extends Error {
  constructor(readonly sheet: string) {
    super(
      `The workbook already has a sheet named "${sheet}" that Service Agreement Pricer did not create. ` +
        `Rename or delete that sheet, then run again: it was left untouched.`,
    );
    this.name = "ForeignSheetError";
  }
}
