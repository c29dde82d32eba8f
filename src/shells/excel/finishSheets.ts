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
 * - Fit to one page may silently not apply (OfficeDev/office-js#1860): PageLayout.zoom is loaded
 *   in the same request and the pane says the rate card is set to one page only if it reads back so.
 */
import type { SheetSpec } from "../../core/report/sheetPlan";

export interface PrintCheck {
  sheet: string;
  /** Readable after the request is sent. */
  applied(): boolean;
}

export function finishSheets(sheets: Excel.Worksheet[], specs: readonly SheetSpec[], printSkipped: readonly string[]): PrintCheck[] {
  specs.forEach((spec, i) => {
    if (!spec.freezeRows) return;
    sheets[i]!.activate();
    sheets[i]!.freezePanes.freezeRows(spec.freezeRows);
  });
  const active = specs.map((s, i) => (s.activate ? i : -1)).filter((i) => i >= 0).pop();
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
