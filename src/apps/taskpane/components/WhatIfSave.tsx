/** Save scenario: a name, then a row on the Scenarios sheet (the same name again updates it). */
import { useState } from "react";
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { MAX_SCENARIO_NAME, scenarioNameProblem } from "../../../core/whatIf/scenarios";
import type { SaveState } from "../hooks/useWhatIf";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  name: { flexGrow: 1, minWidth: "140px" },
});

export interface WhatIfSaveProps {
  state: SaveState;
  onSave: (name: string) => void;
  /** Every lever holds an allowed value. */
  canSave: boolean;
}

export function WhatIfSave({ state, onSave, canSave }: WhatIfSaveProps) {
  const styles = useStyles();
  const [name, setName] = useState("");
  const [tried, setTried] = useState(false);
  const problem = scenarioNameProblem(name);
  const saving = state.status === "saving";
  const submit = () => {
    setTried(true);
    if (problem === null && canSave && !saving) onSave(name);
  };
  return (
    <div className={styles.root}>
      <form
        className={styles.row}
        aria-label="Save scenario"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field
          className={styles.name}
          label="Scenario name"
          validationMessage={tried && problem !== null ? problem : undefined}
          validationState={tried && problem !== null ? "error" : "none"}
        >
          <Input value={name} maxLength={MAX_SCENARIO_NAME} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Button type="submit" appearance="secondary" disabledFocusable={saving || !canSave}>
          {saving ? "Saving…" : "Save scenario"}
        </Button>
      </form>
      {state.status === "saved" && (
        <Body1 role="status">
          {state.updated
            ? `Updated “${state.name}” on the “${state.sheet}” sheet.`
            : `Saved “${state.name}” to the “${state.sheet}” sheet, with a chart comparing your scenarios.`}
        </Body1>
      )}
      {state.status === "refused" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Scenario not saved</MessageBarTitle>
            {`This workbook already has a sheet called “${state.sheet}” that the add-in didn’t create. Rename or delete it, then save again.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Scenario not saved</MessageBarTitle>
            {`Excel reported: ${state.message}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
