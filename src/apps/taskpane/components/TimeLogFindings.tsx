/**
 * After an analysis with a Time log: what the log covers, and the clients to talk to first (a
 * loss or a churn risk, each with its key figure). The full per-client table is on the results sheet.
 */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Analysis } from "../../../core/pricing/results";
import type { Model } from "../../../core/workbook/model";
import { timeLogReview } from "../../../core/pricing/timeLogReview";
import { describeTimeLog, flagLabel, flagSentence } from "../../../core/report/sheets/timeLogText";
import { useSharedStyles } from "../sharedStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground2 },
});

export interface TimeLogFindingsProps {
  model: Model;
  analysis: Analysis;
  /** The results sheet, where the whole table is. */
  sheet: string;
}

export function TimeLogFindings({ model, analysis, sheet }: TimeLogFindingsProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const review = useMemo(() => (analysis.timeLog ? timeLogReview(model, analysis) : null), [model, analysis]);
  if (!analysis.timeLog || !review) return null;
  const included = (tier: string | null) => model.tiers.find((t) => t.name === tier)?.includedHours ?? null;
  return (
    <section className={styles.root} aria-labelledby="time-log-heading">
      <Subtitle2 as="h2" id="time-log-heading">
        Clients to talk to first
      </Subtitle2>
      <Caption1 className={styles.detail}>{`From the Time log: ${describeTimeLog(analysis.timeLog)}. Every logged client is on the ${sheet} sheet.`}</Caption1>
      {review.talkFirst.length === 0 ? (
        <Body1>No client loses money on its logged time or pays twice what it would by the hour.</Body1>
      ) : (
        <ol className={shared.plainList} aria-label="Clients to talk to first">
          {review.talkFirst.map((row) => (
            <li key={row.client} className={styles.item}>
              <Body1>{`${row.client}: ${flagLabel(row)}`}</Body1>
              <Caption1 className={styles.detail}>{flagSentence(row, model.settings.currency, included(row.tier))}</Caption1>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
