/**
 * The last request of a write: freeze header rows, activate the sheet to show, and read the
 * print setup back. Each works around a platform bug:
 *
 * - A sheet added in the same request may not activate on Excel on the web
 *   (OfficeDev/office-js#930, "adding another await context.sync() before sheet.activate()"):
 *   applyPlan sends the request that adds sheets before this one.
 * - Freezing panes on a sheet that is not active confuses Excel's notion of the active sheet
 *   (OfficeDev/office-js#3148): each sheet to freeze is activated first, and the sheet to show is
 *   activated last.
 * - A hidden sheet can be neither activated nor frozen (OfficeDev/office-js#1463: freeze panes
 *   of a hidden sheet throw): a sheet the user hid is updated and left as it is, hidden, its panes
 *   as they were, unless the user asked to see it (`reveal`: the rate card, a proposal), which
 *   is made visible first.
 * - Fit to one page may silently not apply (OfficeDev/office-js#1860): PageLayout.zoom is loaded
 *   in the same request and the pane says the rate card is set to one page only if it reads back so.
 */
import type { SheetSpec } from "../../core/report/sheetPlan";

export interface PrintCheck {
  sheet: string;
  /** Readable after the request is sent. */
  applied(): boolean;
}

/** `hidden[i]`: the user hid sheet i (known from the find step). */
export function finishSheets(sheets: Excel.Worksheet[], specs: readonly SheetSpec[], printSkipped: readonly string[], hidden: readonly boolean[]): PrintCheck[] {
  const shown = specs.map((spec, i) => !hidden[i] || spec.reveal === true);
  specs.forEach((spec, i) => {
    if (hidden[i] && spec.reveal) sheets[i]!.visibility = "Visible" as Excel.SheetVisibility;
  });
  specs.forEach((spec, i) => {
    if (!spec.freezeRows || !shown[i]) return;
    sheets[i]!.activate();
    sheets[i]!.freezePanes.freezeRows(spec.freezeRows);
  });
  const active = specs.map((s, i) => (s.activate && shown[i] ? i : -1)).filter((i) => i >= 0).pop();
  if (active !== undefined) sheets[active]!.activate();

  const checks: PrintCheck[] = [];
  specs.forEach((spec, i) => {
    if (!spec.print || printSkipped.includes(spec.name)) return;
    const layout = sheets[i]!.pageLayout.load("zoom");
    const { wide, tall } = spec.print.fitToPages;
    checks.push({ sheet: spec.name, applied: () => layout.zoom.horizontalFitToPages === wide && layout.zoom.verticalFitToPages === tall });
  });
  return checks;
}
