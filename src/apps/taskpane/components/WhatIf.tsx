/**
 * The What-if section (issue 5): the key figures in a bar that stays in view, the levers (the
 * ones people move most first, the rest folded), then the comparison per segment (a table and a
 * small chart) and every headline figure beside the workbook's, Save scenario and Apply to
 * workbook. Every change recomputes in the pane from the model the analysis loaded; only Save
 * and Apply touch the workbook. Plugs into App's `whatIf` slot.
 */
import { useEffect, useMemo } from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { WhatIfSlotProps } from "../App";
import { useWhatIf } from "../hooks/useWhatIf";
import { WhatIfApply } from "./WhatIfApply";
import { WhatIfChart } from "./WhatIfChart";
import { WhatIfKpis } from "./WhatIfKpis";
import { WhatIfLevers } from "./WhatIfLevers";
import { WhatIfSave } from "./WhatIfSave";
import { WhatIfSegments, segmentRevenues } from "./WhatIfSegments";
import { WhatIfSummary } from "./WhatIfSummary";
import { RenewalFindings } from "./RenewalFindings";
import { leverText } from "../../../core/whatIf/whatIfState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  comparison: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export function WhatIf({ results, formats, service, onWorkbookChanged, onChanges }: WhatIfSlotProps) {
  const styles = useStyles();
  const pane = useWhatIf(results.model, results.cells, results.currency, service, onWorkbookChanged);
  // Told by value, not by array identity: the pane's changes are a new array on each render.
  const changesKey = JSON.stringify(pane.changes);
  useEffect(() => {
    onChanges?.(pane.changes);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changesKey, onChanges]);
  const { distanceUnit } = pane.baseModel.settings;
  const changed = pane.inputs.filter((i) => i.text !== leverText(i.lever, i.base)).length;
  const bySegment = useMemo(() => segmentRevenues(pane.baseAnalysis, pane.whatIf.analysis), [pane.baseAnalysis, pane.whatIf.analysis]);

  return (
    <section className={styles.root} aria-labelledby="what-if-heading">
      <Body1 className={styles.intro}>
        {`Try other prices and client numbers. The figures update as you type; your workbook doesn’t change unless you apply them. Amounts in ${results.currency}.`}
      </Body1>

      <WhatIfSummary comparison={pane.comparison} formats={formats} changed={changed} onReset={pane.reset} />
      <RenewalFindings model={pane.whatIf.model} analysis={pane.whatIf.analysis} id="what-if-renewals" title="At renewal, with these values" />

      <WhatIfLevers inputs={pane.inputs} onChange={pane.setText} formats={formats} distanceUnit={distanceUnit} />

      <section className={styles.comparison} aria-labelledby="what-if-comparison-heading">
        <Subtitle2 as="h3" id="what-if-comparison-heading">
          Before and after
        </Subtitle2>
        <WhatIfSegments rows={bySegment.segments} total={bySegment.total} formats={formats} />
        <WhatIfChart rows={bySegment.segments} formats={formats} />
        <WhatIfKpis comparison={pane.comparison} formats={formats} />
      </section>

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
