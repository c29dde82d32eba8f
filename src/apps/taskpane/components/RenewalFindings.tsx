/**
 * Renewals in the pane (PRICING.md §5c): the sentence ("At renewal, 3 of 9 agreements fall below
 * your 50% margin if costs rise 4% and prices 3%") and the clients below target, each with its
 * margin today and at renewal and the increase that would keep the target. Nothing when no client
 * is on an agreement. Shown under the results and, live, under the What-if levers.
 */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Analysis } from "../../../core/pricing/results";
import type { Model } from "../../../core/workbook/model";
import { renewalRows, renewalLine, renewalSentence } from "../../../core/report/sheets/renewalText";
import { useSharedStyles } from "../sharedStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** Listed in the pane; the rest are counted (the Renewals table on the results sheet has them all). */
export const MAX_LISTED = 25;

export interface RenewalFindingsProps {
  model: Model;
  analysis: Analysis;
  /** Distinguishes the headings when shown twice (results, what-if). */
  id: string;
  title: string;
  /** Where the whole table is, when there is one. */
  sheet?: string;
}

export function RenewalFindings({ model, analysis, id, title, sheet }: RenewalFindingsProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const below = useMemo(() => (analysis.renewal ? renewalRows(analysis, model).filter((r) => r.renewal.belowTarget) : []), [analysis, model]);
  if (!analysis.renewal) return null;
  const s = model.settings;
  const listed = below.slice(0, MAX_LISTED);
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <Subtitle2 as="h2" id={`${id}-heading`}>
        {title}
      </Subtitle2>
      <Body1 aria-live="polite">{renewalSentence(analysis.renewal, s)}</Body1>
      {listed.length > 0 && (
        <ul className={shared.plainList} aria-label="Agreements below your margin at renewal">
          {listed.map((row, i) => (
            <li key={`${i}:${row.client}`}>
              <Caption1>{renewalLine(row, s)}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {below.length > listed.length && <Caption1 className={styles.detail}>{`… and ${below.length - listed.length} more.`}</Caption1>}
      {sheet && <Caption1 className={styles.detail}>{`Every agreement is in the Renewals table on the “${sheet}” sheet.`}</Caption1>}
    </section>
  );
}
