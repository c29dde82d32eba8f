/**
 * The What-if actions over Office.js, for the real PricingService to include:
 * `{ ...createWhatIfActions() }`. Each action is one Excel.run batch (runInExcel: it waits for, or
 * names, a cell the user is still editing).
 */
import { CellNotFoundError, CellsChangedError, ForeignSheetError, ProtectedSheetError, applyCellWrites, runInExcel, saveScenario } from "../../shells/excel";
import type { WhatIfActions } from "./whatIfService";

export function createWhatIfActions(): WhatIfActions {
  return {
    saveScenario: (scenario, workbookKpis, currency) =>
      runInExcel("Save scenario", async (context) => {
        try {
          const saved = await saveScenario(context, scenario, currency, workbookKpis);
          return { kind: "saved", sheet: saved.sheet, updated: saved.updated };
        } catch (error) {
          if (error instanceof ForeignSheetError) return { kind: "refused", reason: "foreignSheet", sheet: error.sheet };
          throw error;
        }
      }),
    applyLevers: (writes) =>
      runInExcel("Write", async (context) => {
        try {
          const { written } = await applyCellWrites(context, writes);
          return { kind: "applied", cells: written };
        } catch (error) {
          if (error instanceof CellsChangedError || error instanceof CellNotFoundError || error instanceof ProtectedSheetError) {
            return { kind: "blocked", message: error.message };
          }
          throw error;
        }
      }),
  };
}
