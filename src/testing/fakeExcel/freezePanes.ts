/** The fake Excel (see context.ts for load-then-sync): a worksheet's freeze panes. */
import { FakeObject } from "./clientObject";
import { type FakeSheet } from "./state";

export class FakeFreezePanes extends FakeObject<FakeSheet> {
  protected readonly kind = "freeze panes";

  protected readers(): Record<string, () => unknown> {
    return {};
  }

  freezeRows(count = 1): void {
    this.queue({ freezeRows: count }, (s) => {
      this.ctx.requireApi("1.7", "WorksheetFreezePanes.freezeRows");
      // OfficeDev/office-js#3148: freezing panes on a sheet that is not active makes Excel take it
      // for the active sheet (WorksheetActivated fires) while another one is shown; activate first.
      if (this.ctx.book.activeSheet !== s) this.ctx.book.activeSheet = s;
      s.frozenRows = count;
    });
  }

  unfreeze(): void {
    this.queue({ unfreeze: true }, (s) => {
      s.frozenRows = 0;
    });
  }
}
