/**
 * The pane's state machine, over a PricingService:
 *
 *   detecting → no-model ─(create sample)→ creating-sample → ready
 *             → ready ─(analyze)→ running(step) → results | errors | refused
 *   any exception from the workbook → failed (with the step that was under way)
 *
 * The rate card has its own small state so that generating it never hides the results.
 * Components only render what this hook holds and call the actions it returns.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Problem } from "../../../core/workbook/model";
import {
  ExcelBusyError,
  isEmptyOfModel,
  type AnalyzeResults,
  type AnalyzeStep,
  type Detection,
  type PricingService,
} from "../service";

export type PaneState =
  | { status: "detecting" }
  | { status: "no-model"; detection: Detection; sampleBlockedBy?: string }
  | { status: "creating-sample"; detection: Detection }
  | { status: "ready"; detection: Detection; sampleCreated?: boolean }
  | { status: "running"; detection: Detection; step: AnalyzeStep }
  | { status: "results"; detection: Detection; results: AnalyzeResults }
  | { status: "errors"; detection: Detection; errors: Problem[]; warnings: Problem[] }
  | { status: "refused"; detection: Detection; sheet: string }
  | { status: "failed"; detection: Detection | null; action: FailedAction; message: string; busy?: boolean; busyTitle?: string };

export type FailedAction = "detect" | "createSample" | "analyze";

export type RateCardState =
  | { status: "idle" }
  | { status: "working" }
  | { status: "done"; sheet: string; printSetUp: boolean; printUnconfirmed?: boolean }
  | { status: "refused"; sheet: string }
  | { status: "failed"; message: string; busy?: boolean };

export interface AnalysisPane {
  state: PaneState;
  rateCard: RateCardState;
  /** A cell that could not be selected (its sheet renamed or deleted since), else null. */
  cellNotSelected: string | null;
  /** Why, when the shell could say (a hidden sheet: the shell's HiddenSheetError message). */
  cellNotSelectedWhy: string | null;
  /** True while any action is talking to the workbook: the pane disables the other actions. */
  busy: boolean;
  detect(): Promise<void>;
  createSample(): Promise<void>;
  analyze(): Promise<void>;
  generateRateCard(): Promise<void>;
  selectCell(address: string): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Excel was busy (the user editing a cell): the message says what to do, nothing went wrong. */
function busyOf(error: unknown): { busy?: boolean; busyTitle?: string } {
  return error instanceof ExcelBusyError ? { busy: true, busyTitle: error.title } : {};
}

function afterDetection(detection: Detection): PaneState {
  return isEmptyOfModel(detection) ? { status: "no-model", detection } : { status: "ready", detection };
}

function detectionOf(state: PaneState): Detection | null {
  return "detection" in state ? state.detection : null;
}

export function useAnalysis(service: PricingService): AnalysisPane {
  const [state, setState] = useState<PaneState>({ status: "detecting" });
  const [rateCard, setRateCard] = useState<RateCardState>({ status: "idle" });
  const [cellNotSelected, setCellNotSelected] = useState<string | null>(null);
  const [cellNotSelectedWhy, setCellNotSelectedWhy] = useState<string | null>(null);
  // Read inside async actions, which must see the latest state, not the one they closed over.
  const stateRef = useRef(state);
  stateRef.current = state;

  const detect = useCallback(async () => {
    setState({ status: "detecting" });
    try {
      setState(afterDetection(await service.detect()));
    } catch (error) {
      setState({ status: "failed", detection: null, action: "detect", message: messageOf(error), ...busyOf(error) });
    }
  }, [service]);

  useEffect(() => {
    void detect();
  }, [detect]);

  const createSample = useCallback(async () => {
    const detection = detectionOf(stateRef.current);
    if (!detection) return;
    setState({ status: "creating-sample", detection });
    try {
      const outcome = await service.createSample();
      if (outcome.kind === "refused") {
        setState({ status: "no-model", detection, sampleBlockedBy: outcome.sheet });
        return;
      }
      const next = afterDetection(await service.detect());
      setState(next.status === "ready" ? { ...next, sampleCreated: true } : next);
    } catch (error) {
      setState({ status: "failed", detection, action: "createSample", message: messageOf(error), ...busyOf(error) });
    }
  }, [service]);

  const analyze = useCallback(async () => {
    const detection = detectionOf(stateRef.current);
    if (!detection) return;
    setCellNotSelected(null);
    setRateCard({ status: "idle" });
    setState({ status: "running", detection, step: "reading" });
    try {
      const outcome = await service.analyze((step) => setState({ status: "running", detection, step }));
      switch (outcome.kind) {
        case "results":
          setState({ status: "results", detection, results: outcome });
          break;
        case "errors":
          setState({ status: "errors", detection, errors: outcome.errors, warnings: outcome.warnings });
          break;
        case "refused":
          setState({ status: "refused", detection, sheet: outcome.sheet });
          break;
      }
    } catch (error) {
      setState({ status: "failed", detection, action: "analyze", message: messageOf(error), ...busyOf(error) });
    }
  }, [service]);

  const generateRateCard = useCallback(async () => {
    setRateCard({ status: "working" });
    try {
      const outcome = await service.generateRateCard();
      switch (outcome.kind) {
        case "done":
          setRateCard({ status: "done", sheet: outcome.sheet, printSetUp: outcome.printSetUp, ...(outcome.printUnconfirmed ? { printUnconfirmed: true } : {}) });
          break;
        case "refused":
          setRateCard({ status: "refused", sheet: outcome.sheet });
          break;
        case "errors": {
          // The model changed since it was analyzed (or never was): show its errors as Analyze would.
          setRateCard({ status: "idle" });
          const detection = detectionOf(stateRef.current);
          if (detection) {
            setState({ status: "errors", detection, errors: outcome.errors, warnings: outcome.warnings });
          }
          break;
        }
      }
    } catch (error) {
      setRateCard({ status: "failed", message: messageOf(error), ...busyOf(error) });
    }
  }, [service]);

  const selectCell = useCallback(
    async (address: string) => {
      setCellNotSelected(null);
      setCellNotSelectedWhy(null);
      try {
        await service.selectCell(address);
      } catch (error) {
        setCellNotSelected(address);
        if (error instanceof Error && error.name === "HiddenSheetError") setCellNotSelectedWhy(error.message);
      }
    },
    [service],
  );

  const busy =
    state.status === "detecting" ||
    state.status === "creating-sample" ||
    state.status === "running" ||
    rateCard.status === "working";

  return { state, rateCard, cellNotSelected, cellNotSelectedWhy, busy, detect, createSample, analyze, generateRateCard, selectCell };
}
