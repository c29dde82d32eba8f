/**
 * Each headline figure of the what-if beside the workbook's, with the difference
 * ("+$4,200 / yr"). A table: a screen reader reads each row as figure, workbook, what-if, change.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KpiComparison } from "../../../core/whatIf/levers";
import type { Formats } from "../format";
import { ComparisonHead } from "./ComparisonHead";
import { COMPARISON_TABLE, NARROW_PANE } from "../sharedStyles";
import { WHAT_IF_KPIS, changeDirection, formatKpi, formatKpiChange, shownDifference } from "../whatIfFormat";

const useStyles = makeStyles({
  ...COMPARISON_TABLE,
  table: {
    ...COMPARISON_TABLE.table,
    borderRadius: tokens.borderRadiusMedium,
    // The pane lets long words break anywhere; in a table that shrinks columns to a few characters.
    overflowWrap: "normal",
  },
  // In a narrow pane a change takes smaller type and may break before its unit ("+$4,200" over
  // "/ yr"), so that four columns fit 320 px.
  change: {
    [NARROW_PANE]: { whiteSpace: "normal", fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  },
  unbroken: { whiteSpace: "nowrap" },
  whatIf: { fontWeight: tokens.fontWeightSemibold },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

/** "+$4,200 / yr" → ["+$4,200", "/ yr"]; "+88" → ["+88", ""]. */
function amountAndUnit(change: string): [string, string] {
  const match = /^(.*) (\/ \S+|pts)$/.exec(change);
  return match ? [match[1], match[2]] : [change, ""];
}

export interface WhatIfKpisProps {
  comparison: KpiComparison;
  formats: Formats;
}

export function WhatIfKpis({ comparison, formats }: WhatIfKpisProps) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>What-if against the workbook</caption>
      <ComparisonHead first="Figure" classes={styles} />
      <tbody>
        {WHAT_IF_KPIS.map(({ key, label, kind, neutral }) => {
          const { base, whatIf } = comparison[key];
          const difference = shownDifference(kind, base, whatIf);
          // Colour only says better or worse for money and margins; more clients is neither.
          const direction = neutral || kind === "count" || kind === "ratio" ? "none" : changeDirection(kind, difference);
          const [amount, unit] = amountAndUnit(formatKpiChange(kind, difference, formats));
          return (
            <tr key={key} className={styles.row}>
              <th scope="row" className={styles.label}>
                {label}
              </th>
              <td className={styles.cell}>{formatKpi(kind, base, formats)}</td>
              <td className={mergeClasses(styles.cell, styles.whatIf)}>{formatKpi(kind, whatIf, formats)}</td>
              <td className={mergeClasses(styles.cell, styles.change, direction === "up" && styles.up, direction === "down" && styles.down)}>
                <span className={styles.unbroken}>{amount}</span>
                {unit && (
                  <>
                    {" "}
                    <span className={styles.unbroken}>{unit}</span>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
