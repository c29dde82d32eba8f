/** The fake Excel (see context.ts for load-then-sync): a worksheet's freeze panes. */
import { FakeObject } from "./clientObject";
import { refuseProtectedSheet } from "./protection";
import { FakeExcelError, type FakeSheet } from "./state";

/**
 * OfficeDev/office-js#1463: freeze panes of a hidden sheet "throws an exception" (reported for
 * unfreeze; freezing a hidden sheet also needs it activated first, office-js#3148, and a hidden
 * sheet cannot be activated). The fake refuses both on a sheet that is not visible.
 */
function refuseHidden(s: FakeSheet): void {
  refuseProtectedSheet(s);
  if (s.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", "Freeze panes cannot be changed on a hidden worksheet.");
}

export class FakeFreezePanes extends FakeObject<FakeSheet> {
  protected readonly kind = "freeze panes";

  protected readers(): Record<string, () => unknown> {
    return {};
  }

  freezeRows(count = 1): void {
    this.queue({ freezeRows: count }, (s) => {
      this.ctx.requireApi("1.7", "WorksheetFreezePanes.freezeRows");
      refuseHidden(s);
      // OfficeDev/office-js#3148: freezing panes on a sheet that is not active makes Excel take it
      // for the active sheet (WorksheetActivated fires) while another one is shown; activate first.
      if (this.ctx.book.activeSheet !== s) this.ctx.book.activeSheet = s;
      s.frozenRows = count;
    });
  }

  unfreeze(): void {
    this.queue({ unfreeze: true }, (s) => {
      refuseHidden(s);
      s.frozenRows = 0;
    });
  }
}
