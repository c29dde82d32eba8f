/** The fake Excel (see context.ts for load-then-sync): a worksheet's page layout (ExcelApi 1.9): orientation, zoom, margins, print area. */
import { FakeObject } from "./clientObject";
import { refuseProtectedSheet } from "./protection";
import { parseRect, rectAddress, type FakePageLayout, type FakeSheet } from "./state";
import { FakeRange } from "./range";

export class FakePageLayoutObject extends FakeObject<FakeSheet> {
  protected readonly kind = "page layout";

  protected readers(s: FakeSheet): Record<string, () => unknown> {
    return {
      orientation: () => s.pageLayout.orientation,
      centerHorizontally: () => s.pageLayout.centerHorizontally,
      zoom: () => ({ ...s.pageLayout.zoom }),
    };
  }

  private set1_9(payload: Record<string, unknown>, apply: (layout: FakePageLayout) => void): void {
    this.queue(payload, (s) => {
      this.ctx.requireApi("1.9", "PageLayout");
      refuseProtectedSheet(s);
      apply(s.pageLayout);
    });
  }

  set orientation(value: "Portrait" | "Landscape") {
    this.set1_9({ orientation: value }, (l) => {
      l.orientation = value;
    });
  }

  get zoom(): FakePageLayout["zoom"] {
    return this.read("zoom");
  }

  set zoom(value: FakePageLayout["zoom"]) {
    this.set1_9({ zoom: value }, (l) => {
      // OfficeDev/office-js#1860: horizontalFitToPages / verticalFitToPages may silently not be set
      // (reported when the Page Layout tab is not selected); reading zoom back shows it.
      if (this.ctx.book.ignoresFitToPages && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) return;
      l.zoom = { ...value };
    });
  }

  set centerHorizontally(value: boolean) {
    this.set1_9({ centerHorizontally: value }, (l) => {
      l.centerHorizontally = value;
    });
  }

  set topMargin(value: number) {
    this.set1_9({ topMargin: value }, (l) => {
      l.margins.top = value;
    });
  }

  set bottomMargin(value: number) {
    this.set1_9({ bottomMargin: value }, (l) => {
      l.margins.bottom = value;
    });
  }

  set leftMargin(value: number) {
    this.set1_9({ leftMargin: value }, (l) => {
      l.margins.left = value;
    });
  }

  set rightMargin(value: number) {
    this.set1_9({ rightMargin: value }, (l) => {
      l.margins.right = value;
    });
  }

  setPrintArea(printArea: FakeRange | string): void {
    this.set1_9({ setPrintArea: typeof printArea === "string" ? printArea : "<range>" }, (l) => {
      l.printArea = typeof printArea === "string" ? rectAddress(parseRect(printArea)) : printArea.rectNow();
    });
  }
}
