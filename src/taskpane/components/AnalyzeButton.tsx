/** The pane's main action. It stays focusable while busy so keyboard focus is never lost. */
import { Button } from "@fluentui/react-components";

export interface AnalyzeButtonProps {
  onAnalyze: () => void;
  running: boolean;
  busy: boolean;
}

export function AnalyzeButton({ onAnalyze, running, busy }: AnalyzeButtonProps) {
  return (
    <Button appearance="primary" onClick={onAnalyze} disabledFocusable={busy}>
      {running ? "Analyzing…" : "Analyze"}
    </Button>
  );
}
