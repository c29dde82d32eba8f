/**
 * The fake's hidden rows and merged areas, as Office.js shows them to a reader (issue 8):
 * `Range.getVisibleView()` → RangeView.cellAddresses of the cells in rows not hidden (ExcelApi 1.3),
 * `Range.getMergedAreasOrNullObject()` → RangeAreas.address of the merged areas it touches (ExcelApi 1.13).
 * Kept apart from range.ts so the range proxy grows by two methods only.
 */
import { FakeObject } from "./clientObject";
import type { FakeContext } from "./context";
import { a1, sheetPrefix } from "../../core/workbook/address";
import type { FakeSheet, Rect } from "./state";

interface ViewTarget {
  sheet: FakeSheet;
  rect: Rect;
}

/** Hidden rows and merged areas of each fake sheet (a WeakMap: FakeSheet itself stays as it is). */
interface SheetFacts {
  hiddenRows: Set<number>;
  merges: Rect[];
  /** Formulas of cells loaded from a file ("row,col" → "=SUM(E2:E8)"), apart from the cells the add-in writes. */
  formulas: Map<string, string>;
}
const facts = new WeakMap<FakeSheet, SheetFacts>();

export function sheetFacts(sheet: FakeSheet): SheetFacts {
  let f = facts.get(sheet);
  if (!f) facts.set(sheet, (f = { hiddenRows: new Set(), merges: [], formulas: new Map() }));
  return f;
}

export class FakeRangeView extends FakeObject<ViewTarget> {
  protected readonly kind = "range view";

  constructor(ctx: FakeContext, target: () => ViewTarget | null) {
    super(ctx, target);
  }

  protected readers({ sheet, rect }: ViewTarget): Record<string, () => unknown> {
    const hidden = sheetFacts(sheet).hiddenRows;
    const rows: number[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) if (!hidden.has(r)) rows.push(r);
    return {
      cellAddresses: () => rows.map((r) => {
        const out: string[] = [];
        for (let c = rect.left; c <= rect.right; c++) out.push(`${sheetPrefix(sheet.name)}!${a1(r, c)}`);
        return out;
      }),
      rowCount: () => rows.length,
    };
  }

  get cellAddresses(): string[][] {
    return this.read("cellAddresses");
  }
}

export class FakeRangeAreas extends FakeObject<ViewTarget & { areas: Rect[] }> {
  protected readonly kind = "range areas";

  protected readers({ sheet, areas }: ViewTarget & { areas: Rect[] }): Record<string, () => unknown> {
    // The areas are joined by the user's list separator: "," in English Excel, ";" in German
    // (OfficeDev/office-js#1167 and #1985: multi-area addresses follow the locale's separator).
    const separator = sheet.book?.listSeparator ?? ",";
    return { address: () => areas.map((m) => `${sheetPrefix(sheet.name)}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).join(`${separator} `) };
  }

  get address(): string {
    return this.read("address");
  }
}

/** The merged areas of the sheet that touch the rect; null (a null object) when there are none. */
export function mergedAreas(target: ViewTarget | null): (ViewTarget & { areas: Rect[] }) | null {
  if (!target) return null;
  const { sheet, rect } = target;
  const areas = sheetFacts(sheet).merges.filter((m) => !(m.bottom < rect.top || m.top > rect.bottom || m.right < rect.left || m.left > rect.right));
  return areas.length ? { sheet, rect, areas } : null;
}
