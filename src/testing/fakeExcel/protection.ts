/**
 * The fake Excel (see context.ts for load-then-sync): worksheet and workbook protection.
 * `Worksheet.protection.protected` (Excel.WorksheetProtection, ExcelApi 1.2) and
 * `Workbook.protection.protected` (Excel.WorkbookProtection, ExcelApi 1.7: the structure).
 * A protected sheet refuses every change to its cells, tables, charts, panes and page setup, and a
 * protected structure refuses adding, deleting, renaming, moving, hiding or showing sheets: Excel
 * answers "AccessDenied" ("You cannot perform the requested operation": Error handling with the
 * application-specific JavaScript APIs, error codes). Each write proxy calls the guards below.
 */
import { FakeObject } from "./clientObject";
import { FakeExcelError, type FakeSheet, type FakeWorkbook } from "./state";

export function refuseProtectedSheet(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeExcelError("AccessDenied", `You cannot perform the requested operation: the sheet ${sheet.name} is protected.`);
}

export function refuseProtectedStructure(book: FakeWorkbook): void {
  if (book.structureProtected) throw new FakeExcelError("AccessDenied", "You cannot perform the requested operation: the workbook's structure is protected.");
}

export class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  protected readonly kind = "worksheet protection";

  protected readers(s: FakeSheet): Record<string, () => unknown> {
    return {
      protected: () => {
        this.ctx.requireApi("1.2", "WorksheetProtection.protected");
        return s.protected;
      },
    };
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

export class FakeWorkbookProtection extends FakeObject<FakeWorkbook> {
  protected readonly kind = "workbook protection";

  protected readers(b: FakeWorkbook): Record<string, () => unknown> {
    return {
      protected: () => {
        this.ctx.requireApi("1.7", "WorkbookProtection.protected");
        return b.structureProtected;
      },
    };
  }

  get protected(): boolean {
    return this.read("protected");
  }
}
