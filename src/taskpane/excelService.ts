/**
 * The PricingService the add-in runs on: the flow (src/flow.ts) over the Office.js shell
 * (src/excel). Each action is one Excel.run batch; the shell keeps the number of round trips
 * small (read: 2, write: 1 for models that fit Excel on the web's payload). This file,
 * whatIfExcel.ts and index.tsx are the only task-pane code that knows Office.js exists.
 */
import { ForeignSheetError, applyPlan, outputSheetStates, readWorkbook, selectCell, writeSample } from "../excel";
import type { WorkbookRead } from "../excel";
import { runFlow, type FlowResult } from "../flow";
import { kpis } from "../pricing/kpis";
import { TABLES, TABLE_KEYS } from "../workbook/tables";
import { timeLogCoverage } from "../workbook/timeLogCoverage";
import { createWhatIfActions } from "./whatIfExcel";
import type { AnalyzeOutcome, Detection, InputErrors, PricingService, RateCardOutcome, SampleOutcome } from "./service";

/** Let the pane paint the step just reported before the next synchronous stretch of work. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where each input table is and how many data rows it has (its grid less the header row). */
export function detectionOf(read: WorkbookRead): Detection {
  return {
    tables: TABLE_KEYS.map((key) => {
      const where = read.located[key];
      const grid = read.grids.find((g) => g.key === key);
      return {
        key,
        required: TABLES[key].required,
        found:
          where === null
            ? null
            : {
                source: where.source,
                name: where.source === "table" ? where.tableName : where.sheet,
                sheet: where.sheet,
                rows: Math.max(0, (grid?.values.length ?? 0) - 1),
              },
      };
    }),
    outputSheets: outputSheetStates(read.state),
    timeLog: timeLogCoverage(read.grids),
  };
}

function inputErrors(flow: FlowResult): InputErrors {
  return { kind: "errors", errors: flow.analysis.errors, warnings: flow.analysis.warnings };
}

/** A sheet named like ours that the user made: the shell refused before writing anything. */
function refusal(error: unknown): { kind: "refused"; reason: "foreignSheet"; sheet: string } | null {
  return error instanceof ForeignSheetError ? { kind: "refused", reason: "foreignSheet", sheet: error.sheet } : null;
}

export function createExcelService(): PricingService {
  return {
    // What-if (issue 5): Save scenario and Apply to workbook.
    ...createWhatIfActions(),
    detect: () => Excel.run(async (context) => detectionOf(await readWorkbook(context))),

    createSample: () =>
      Excel.run(async (context): Promise<SampleOutcome> => {
        const { state } = await readWorkbook(context);
        try {
          const written = await writeSample(context, state);
          return { kind: "created", sheets: written.sheets };
        } catch (error) {
          if (error instanceof ForeignSheetError) return { kind: "refused", reason: "sheetExists", sheet: error.sheet };
          throw error;
        }
      }),

    analyze: (onProgress) =>
      Excel.run(async (context): Promise<AnalyzeOutcome> => {
        onProgress("reading");
        const read = await readWorkbook(context);
        // Checking and pricing are one synchronous call (parse + analyze + plan), milliseconds even
        // for thousands of clients: the pane shows "checking" while it runs, "pricing" for the KPIs.
        onProgress("checking");
        await nextPaint();
        const flow = runFlow(read.grids, { sheets: ["results"] });
        if (flow.plan === null || flow.parse.model === null || flow.analysis.errors.length > 0) return inputErrors(flow);
        onProgress("pricing");
        await nextPaint();
        const figures = kpis(flow.analysis);
        onProgress("writing");
        try {
          const written = await applyPlan(context, flow.plan, read.state);
          return {
            kind: "results",
            kpis: figures,
            currency: flow.parse.model.settings.currency,
            warnings: flow.analysis.warnings,
            sheet: written.sheets[0] ?? flow.plan.sheets[0]!.name,
            model: flow.parse.model,
            cells: flow.parse.cells,
            analysis: flow.analysis,
          };
        } catch (error) {
          const refused = refusal(error);
          if (refused) return refused;
          throw error;
        }
      }),

    generateRateCard: () =>
      Excel.run(async (context): Promise<RateCardOutcome> => {
        const read = await readWorkbook(context);
        const flow = runFlow(read.grids, { sheets: ["rateCard"] });
        if (flow.plan === null || flow.analysis.errors.length > 0) return inputErrors(flow);
        // The consultant asked for the rate card: show it.
        const plan = { sheets: flow.plan.sheets.map((sheet) => ({ ...sheet, activate: true })) };
        try {
          const written = await applyPlan(context, plan, read.state);
          return { kind: "done", sheet: written.sheets[0] ?? plan.sheets[0]!.name, printSetUp: written.printSkipped.length === 0 };
        } catch (error) {
          const refused = refusal(error);
          if (refused) return refused;
          throw error;
        }
      }),

    selectCell: (address) => Excel.run((context) => selectCell(context, address)),
  };
}
