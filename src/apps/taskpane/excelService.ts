/**
 * The PricingService the add-in runs on: the flow (src/core/flow.ts) over the Office.js shell
 * (src/shells/excel). Each action is one Excel.run batch; the shell keeps the number of round trips
 * small (read: 2, write: 1 on a re-run, 2 the first time, for models that fit Excel on the web's payload). This file,
 * whatIfExcel.ts and index.tsx are the only task-pane code that knows Office.js exists.
 */
import { CellEditModeError, ForeignSheetError, ProtectedSheetError, applyPlan, outputSheetStates, readWorkbook, runInExcel, selectCell, sheetState, writeSample } from "../../shells/excel";
import type { WorkbookRead } from "../../shells/excel";
import { kpis } from "../../core/pricing/kpis";
import { analyze, letter, proposal, rateCard, type FlowFailure, type WorkbookInput } from "../../core/flow";
import { TABLES, TABLE_KEYS } from "../../core/workbook/tables";
import { timeLogCoverage } from "../../core/workbook/timeLogCoverage";
import { createWhatIfActions } from "./whatIfExcel";
import { ExcelBusyError, type AnalyzeOutcome, type Detection, type InputErrors, type LetterOutcome, type PricingService, type ProposalOutcome, type RateCardOutcome, type Refusal, type SampleOutcome } from "./service";

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

/** The flow's input as the Office.js shell read it. */
function workbookInput(read: WorkbookRead): WorkbookInput {
  return { grids: read.grids, sheetState: (name) => sheetState(read.state, name) };
}

/** A failed flow, as the pane shows it: nothing was written. */
function failed(failure: FlowFailure): InputErrors | Refusal {
  if (failure.reason === "foreignSheet") return { kind: "refused", reason: "foreignSheet", sheet: failure.sheet! };
  return { kind: "errors", errors: failure.problems, warnings: failure.warnings };
}

/** A sheet named like ours that the user made since it was read: the shell refused before writing anything. */
function refusal(error: unknown): Refusal | null {
  return error instanceof ForeignSheetError ? { kind: "refused", reason: "foreignSheet", sheet: error.sheet } : null;
}

/** Excel.run through the shell's runInExcel; cell-edit mode becomes the pane's ExcelBusyError. */
async function run<T>(action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await runInExcel(action, batch);
  } catch (error) {
    if (error instanceof CellEditModeError) throw new ExcelBusyError(error.message);
    if (error instanceof ProtectedSheetError) throw new ExcelBusyError(error.message, "Protected");
    throw error;
  }
}

export function createExcelService(): PricingService {
  return {
    // What-if (issue 5): Save scenario and Apply to workbook.
    ...createWhatIfActions(),
    detect: () => run("Check the workbook again", async (context) => detectionOf(await readWorkbook(context))),

    createSample: () =>
      run("Create sample model", async (context): Promise<SampleOutcome> => {
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
      run("Analyze", async (context): Promise<AnalyzeOutcome> => {
        onProgress("reading");
        const read = await readWorkbook(context);
        // Checking and pricing are one synchronous call (parse + analyze + plan), milliseconds even
        // for thousands of clients: the pane shows "checking" while it runs, "pricing" for the KPIs.
        onProgress("checking");
        await nextPaint();
        const outcome = analyze(workbookInput(read));
        if (!outcome.ok) return failed(outcome);
        onProgress("pricing");
        await nextPaint();
        onProgress("writing");
        try {
          const written = await applyPlan(context, outcome.plan, read.state);
          return {
            kind: "results",
            kpis: kpis(outcome.analysis),
            currency: outcome.model.settings.currency,
            warnings: outcome.analysis.warnings,
            sheet: written.sheets[0] ?? outcome.sheet,
            model: outcome.model,
            cells: outcome.cells,
            analysis: outcome.analysis,
          };
        } catch (error) {
          const refused = refusal(error);
          if (refused) return refused;
          throw error;
        }
      }),

    generateRateCard: () =>
      run("Generate rate card", async (context): Promise<RateCardOutcome> => {
        const read = await readWorkbook(context);
        const outcome = rateCard(workbookInput(read));
        if (!outcome.ok) return failed(outcome);
        try {
          const written = await applyPlan(context, outcome.plan, read.state);
          const sheet = written.sheets[0] ?? outcome.sheet;
          // "Set to print on one page" only when Excel read it back so (OfficeDev/office-js#1860).
          if (written.printUnconfirmed.length > 0) return { kind: "done", sheet, printSetUp: false, printUnconfirmed: true };
          return { kind: "done", sheet, printSetUp: written.printSkipped.length === 0 };
        } catch (error) {
          const refused = refusal(error);
          if (refused) return refused;
          throw error;
        }
      }),

    // The workbook is read again, so the proposal holds its figures as they are now (2 requests to
    // read, 1 to write). Its sheet is the client's own (proposalSheetName.ts), never a user's sheet.
    makeProposal: (choice) =>
      run("Make proposal", async (context): Promise<ProposalOutcome> => {
        const read = await readWorkbook(context);
        const outcome = proposal(workbookInput(read), choice);
        if (!outcome.ok) return outcome.reason === "unknownName" ? { kind: "gone", what: outcome.unknown!.what, name: outcome.unknown!.name } : failed(outcome);
        try {
          const written = await applyPlan(context, outcome.plan, read.state);
          // Fit to one page is claimed only where Excel read it back as set (OfficeDev/office-js#1860).
          return {
            kind: "done", sheet: outcome.sheet, client: outcome.client.client,
            printSetUp: written.printSkipped.length === 0 && written.printUnconfirmed.length === 0,
            ...(outcome.warning !== null ? { warning: outcome.warning } : {}),
          };
        } catch (error) {
          const refused = refusal(error);
          if (refused) return refused;
          throw error;
        }
      }),

    // As for a proposal: the workbook read again, the letter on the client's own sheet (letterSheetName).
    makeLetter: (client) =>
      run("Price-change letter", async (context): Promise<LetterOutcome> => {
        const read = await readWorkbook(context);
        const now = new Date();
        const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
        const outcome = letter(workbookInput(read), client, { today });
        if (!outcome.ok) {
          if (outcome.reason === "unknownName") return { kind: "gone", what: "client", name: outcome.unknown!.name };
          if (outcome.reason === "noLetter") return { kind: "noLetter", message: outcome.problems[0]!.message };
          return failed(outcome);
        }
        try {
          const written = await applyPlan(context, outcome.plan, read.state);
          return {
            kind: "done",
            sheet: outcome.sheet,
            client: outcome.letter.result.client,
            printSetUp: written.printSkipped.length === 0 && written.printUnconfirmed.length === 0,
            warning: outcome.warning,
          };
        } catch (error) {
          const refused = refusal(error);
          if (refused) return refused;
          throw error;
        }
      }),

    selectCell: (address) => run("the error", (context) => selectCell(context, address)),
  };
}
