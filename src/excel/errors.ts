/** Refusals the Office.js shell reports to the task pane before it writes anything. */

/** A sheet the plan would write already exists and is not ours: nothing was written. */
export { ForeignSheetError } from "../report/foreignSheet";
