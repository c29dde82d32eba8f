/**
 * The What-if's key figures, kept in view while the levers change: a compact bar that sticks to
 * the top of the pane as it scrolls, so the effect of a lever is on screen beside the lever.
 * Each figure: the what-if's value and the change from the workbook ("+$4,200 / yr").
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KpiComparison } from "../../../core/whatIf/levers";
import type { Formats } from "../format";
import { WHAT_IF_KPIS, changeDirection, formatKpi, formatKpiChange, shownDifference, type KpiRow } from "../whatIfFormat";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderRadius: tokens.borderRadiusMedium,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "baseline",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "normal",
  },
  group: { display: "contents" },
  label: { color: tokens.colorNeutralForeground2, margin: 0, minWidth: 0 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  change: { margin: 0, textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  foot: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  changes: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The three figures a consultant watches while moving a lever. */
const KEY_FIGURES = ["annualCurrentRevenue", "annualCurrentMargin", "annualRecommendedRevenue"] as const;
const SHORT_LABELS: Record<(typeof KEY_FIGURES)[number], string> = {
  annualCurrentRevenue: "Revenue / yr",
  annualCurrentMargin: "Margin / yr",
  annualRecommendedRevenue: "On recommended tiers",
};

export interface WhatIfSummaryProps {
  comparison: KpiComparison;
  formats: Formats;
  /** How many levers differ from the workbook. */
  changed: number;
  onReset: () => void;
}

export function WhatIfSummary({ comparison, formats, changed, onReset }: WhatIfSummaryProps) {
  const styles = useStyles();
  const rows = KEY_FIGURES.map((key) => WHAT_IF_KPIS.find((k) => k.key === key) as KpiRow);
  return (
    <div className={styles.bar} role="region" aria-label="Key figures" data-what-if-summary="">
      <dl className={styles.figures}>
        {rows.map(({ key, kind }) => {
          const { base, whatIf } = comparison[key];
          const difference = shownDifference(kind, base, whatIf);
          const direction = changeDirection(kind, difference);
          return (
            <div key={key} className={styles.group}>
              <dt className={styles.label}>{SHORT_LABELS[key as (typeof KEY_FIGURES)[number]]}</dt>
              <dd className={styles.value}>{formatKpi(kind, whatIf, formats)}</dd>
              <dd className={mergeClasses(styles.change, direction === "up" && styles.up, direction === "down" && styles.down)}>
                {formatKpiChange(kind, difference, formats).replace(" / yr", "")}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className={styles.foot}>
        <span className={styles.changes} aria-live="polite">
          {changed === 0 ? "Showing your workbook’s values." : `${changed} changed from the workbook.`}
        </span>
        <Button appearance="subtle" size="small" onClick={onReset} disabledFocusable={changed === 0}>
          Reset to workbook values
        </Button>
      </div>
    </div>
  );
}
