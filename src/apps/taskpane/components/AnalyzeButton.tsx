/** The pane's main action. It stays focusable while busy so keyboard focus is never lost. */
import { forwardRef } from "react";
import { Button } from "@fluentui/react-components";

export interface AnalyzeButtonProps {
  onAnalyze: () => void;
  running: boolean;
  busy: boolean;
}

export const AnalyzeButton = forwardRef<HTMLButtonElement, AnalyzeButtonProps>(function AnalyzeButton({ onAnalyze, running, busy }, ref) {
  return (
    <Button ref={ref} appearance="primary" onClick={onAnalyze} disabledFocusable={busy}>
      {running ? "Analyzing…" : "Analyze"}
    </Button>
  );
});
