/** Writes the one-page Rate Card sheet and says where it is. */
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { RateCardState } from "../hooks/useAnalysis";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export interface RateCardButtonProps {
  state: RateCardState;
  onGenerate: () => void;
  busy: boolean;
}

export function RateCardButton({ state, onGenerate, busy }: RateCardButtonProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button appearance="secondary" onClick={onGenerate} disabledFocusable={busy}>
        {state.status === "working" ? "Generating rate card…" : "Generate rate card"}
      </Button>
      {state.status === "done" && (
        <Body1 role="status">
          {state.printSetUp
            ? `Your rate card is on the “${state.sheet}” sheet, set to print on one page (File › Print).`
            : state.printUnconfirmed
              ? `Your rate card is on the “${state.sheet}” sheet. Excel didn’t confirm the one-page print setting: check Page Layout › Fit to 1 page before you print.`
              : `Your rate card is on the “${state.sheet}” sheet. This version of Excel doesn’t let add-ins set up printing: choose Page Layout › Fit to 1 page before you print.`}
        </Body1>
      )}
      {state.status === "refused" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Rate card not written</MessageBarTitle>
            {`This workbook already has a sheet called “${state.sheet}” that the add-in didn’t create. Rename or delete it, then try again.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent={state.busy ? "warning" : "error"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Rate card not written</MessageBarTitle>
            {state.busy ? state.message : `Excel reported: ${state.message}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
