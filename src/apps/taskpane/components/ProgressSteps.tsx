/** The four steps of an analysis, each marked done, under way or still to come. */
import { Body1, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Circle16Regular } from "@fluentui/react-icons";
import { ANALYZE_STEPS, type AnalyzeStep } from "../service";
import { useSharedStyles } from "../sharedStyles";

export const STEP_LABELS: Record<AnalyzeStep, string> = {
  reading: "Reading the workbook",
  checking: "Checking your tables",
  pricing: "Pricing every client",
  writing: "Writing the results sheet",
};

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  done: { color: tokens.colorPaletteGreenForeground1 },
  waiting: { color: tokens.colorNeutralForeground3 },
  current: { fontWeight: tokens.fontWeightSemibold },
  icon: { flexShrink: 0 },
});

export function ProgressSteps({ step }: { step: AnalyzeStep }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const current = ANALYZE_STEPS.indexOf(step);
  return (
    <ol className={shared.plainList} aria-label="Analysis progress">
      {ANALYZE_STEPS.map((s, i) => {
        const state = i < current ? "done" : i === current ? "under way" : "to come";
        return (
          <li key={s} className={styles.item} aria-current={i === current ? "step" : undefined}>
            {i < current ? (
              <CheckmarkCircle16Filled aria-hidden className={mergeClasses(styles.icon, styles.done)} />
            ) : i === current ? (
              <Spinner size="extra-tiny" aria-hidden className={styles.icon} />
            ) : (
              <Circle16Regular aria-hidden className={mergeClasses(styles.icon, styles.waiting)} />
            )}
            <Body1 className={mergeClasses(i === current && styles.current, i > current && styles.waiting)}>
              {STEP_LABELS[s]}
              <span className={shared.visuallyHidden}> ({state})</span>
            </Body1>
          </li>
        );
      })}
    </ol>
  );
}
