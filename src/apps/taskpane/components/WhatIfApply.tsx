/**
 * Apply to workbook: the one place the add-in edits input. The button opens a confirmation that
 * lists each cell it will write (old value → new value) and what it cannot keep in the workbook;
 * only "Write" writes.
 */
import { useEffect, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { LeverWritePlan } from "../../../core/report/sheets/planLeverWrites";
import type { Settings } from "../../../core/workbook/model";
import type { Formats } from "../format";
import type { ApplyState } from "../hooks/useWhatIf";
import { formatLever } from "../whatIfFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground2 },
  surface: { maxWidth: "calc(100vw - 24px)" },
});

export interface WhatIfApplyProps {
  plan: LeverWritePlan;
  state: ApplyState;
  onApply: () => void;
  formats: Formats;
  distanceUnit: Settings["distanceUnit"];
  /** Every lever holds an allowed value. */
  canApply: boolean;
}

function cells(n: number): string {
  return n === 1 ? "1 cell" : `${n} cells`;
}

export function WhatIfApply({ plan, state, onApply, formats, distanceUnit, canApply }: WhatIfApplyProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  // The Dialog mounts on first use, then stays: a mounted Fluent Dialog adds focus sentinels around
  // the page (which axe flags), so a pane whose user never applies has none.
  const [used, setUsed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Once the dialog has closed (Cancel, Escape or Write), put focus back on the button that opened
  // it, unless the user has already moved it somewhere else in the pane.
  useEffect(() => {
    if (open) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const timer = setTimeout(() => {
      const at = document.activeElement;
      const lost = at === null || at === document.body || !at.isConnected || at.closest("[role=dialog]") !== null;
      if (lost) button.current?.focus();
    });
    return () => clearTimeout(timer);
  }, [open]);
  const applying = state.status === "applying";
  const nothing = plan.writes.length === 0;
  const show = (w: LeverWritePlan["writes"][number]) =>
    `${w.change.label}: ${formatLever(w.change.lever, w.expected, formats, distanceUnit)} → ${formatLever(w.change.lever, w.value, formats, distanceUnit)} (${w.address})`;

  return (
    <div className={styles.root}>
      <Button
        appearance="secondary"
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
        disabledFocusable={applying || nothing || !canApply}
        ref={button}
      >
        {applying ? "Writing to the workbook…" : "Apply to workbook…"}
      </Button>
      {nothing && state.status !== "applied" && (
        <Caption1 className={styles.note}>Change a rate, a travel charge or a tier to write it into your Settings or Tiers table.</Caption1>
      )}
      {/* Once mounted, driven by `open` and never unmounted: unmounting an open Dialog skips its
          modal cleanup and leaves the whole pane aria-hidden. */}
      {used && (
        <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)} modalType="modal">
          <DialogSurface className={styles.surface}>
            <DialogBody>
              <DialogTitle>Change your workbook?</DialogTitle>
              <DialogContent>
                <Body1 as="p">{`These ${cells(plan.writes.length)} of your input tables will be changed:`}</Body1>
                <ul className={styles.list} aria-label="Cells to change">
                  {plan.writes.map((w) => (
                    <li key={w.address}>{show(w)}</li>
                  ))}
                </ul>
                {plan.notWritten.length > 0 && (
                  <>
                    <Body1 as="p">These stay in the what-if only:</Body1>
                    <ul className={styles.list} aria-label="Not written">
                      {plan.notWritten.map((n) => (
                        <li key={n.change.label}>{`${n.change.label}: ${n.reason}`}</li>
                      ))}
                    </ul>
                  </>
                )}
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setOpen(false);
                    onApply();
                  }}
                >
                  {`Write ${cells(plan.writes.length)}`}
                </Button>
                <Button appearance="secondary" onClick={() => setOpen(false)}>
                  Cancel
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
      {state.status === "applied" && (
        <Body1 role="status">
          {`Wrote ${cells(state.cells.length)} to your workbook. Select Analyze to update the results sheet and the rate card.`}
        </Body1>
      )}
      {state.status === "blocked" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Nothing was written</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Could not write to the workbook</MessageBarTitle>
            {`Excel reported: ${state.message}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
