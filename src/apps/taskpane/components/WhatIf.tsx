/**
 * The What-if section (issue 5), under the results: levers and client mix, each headline figure
 * beside the workbook's with the difference, Reset, Save scenario and Apply to workbook. Every
 * change recomputes in the pane from the model the analysis loaded; only Save and Apply touch
 * the workbook. Plugs into App's `whatIf` slot.
 */
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { WhatIfSlotProps } from "../App";
import { useWhatIf } from "../hooks/useWhatIf";
import { WhatIfApply } from "./WhatIfApply";
import { WhatIfKpis } from "./WhatIfKpis";
import { WhatIfLevers } from "./WhatIfLevers";
import { WhatIfSave } from "./WhatIfSave";
import { leverText } from "../whatIfFormat";
import { RenewalFindings } from "./RenewalFindings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  changes: { color: tokens.colorNeutralForeground2 },
});

export function WhatIf({ results, formats, service, onWorkbookChanged }: WhatIfSlotProps) {
  const styles = useStyles();
  const pane = useWhatIf(results.model, results.cells, results.currency, service, onWorkbookChanged);
  const { distanceUnit } = pane.baseModel.settings;
  const changed = pane.inputs.filter((i) => i.text !== leverText(i.lever, i.base)).length;

  return (
    <section className={styles.root} aria-labelledby="what-if-heading">
      <Subtitle2 as="h2" id="what-if-heading">
        What if…
      </Subtitle2>
      <Body1 className={styles.intro}>
        {`Try other prices and client numbers. The figures update as you type; your workbook doesn’t change unless you apply them. Amounts in ${results.currency}.`}
      </Body1>

      <WhatIfKpis comparison={pane.comparison} formats={formats} />
      <RenewalFindings model={pane.whatIf.model} analysis={pane.whatIf.analysis} id="what-if-renewals" title="At renewal, with these values" />

      <div className={styles.bar}>
        <Button appearance="subtle" onClick={pane.reset} disabledFocusable={changed === 0}>
          Reset to workbook values
        </Button>
        <Caption1 className={styles.changes} aria-live="polite">
          {pane.changes.length === 0 ? "Showing your workbook’s values." : `${pane.changes.length} changed from the workbook.`}
        </Caption1>
      </div>

      <WhatIfLevers
        inputs={pane.inputs}
        onChange={pane.setText}
        formats={formats}
        distanceUnit={distanceUnit}
        hasTravelZones={pane.baseModel.travelZones.length > 0}
      />

      {pane.saveScenario && (
        <WhatIfSave state={pane.save} onSave={(name) => void pane.saveScenario?.(name)} canSave={pane.valid} />
      )}
      {pane.applyToWorkbook && (
        <WhatIfApply
          plan={pane.writePlan}
          state={pane.apply}
          onApply={() => void pane.applyToWorkbook?.()}
          formats={formats}
          distanceUnit={distanceUnit}
          canApply={pane.valid}
        />
      )}
    </section>
  );
}
