/**
 * Each headline figure of the what-if beside the workbook's, with the difference
 * ("+$4,200 / yr"). A table: a screen reader reads each row as figure, workbook, what-if, change.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KpiComparison } from "../../pricing/levers";
import type { Formats } from "../format";
import { WHAT_IF_KPIS, changeDirection, formatKpi, formatKpiChange } from "../whatIfFormat";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  head: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular, textAlign: "end", padding: tokens.spacingHorizontalXS },
  label: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: tokens.spacingHorizontalXS,
    overflowWrap: "break-word",
  },
  // Numbers never break inside; a change breaks only before its unit ("+$4,200" / "/ yr").
  cell: { textAlign: "end", padding: tokens.spacingHorizontalXS, whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  change: { whiteSpace: "normal" },
  whatIf: { fontWeight: tokens.fontWeightSemibold },
  row: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

export interface WhatIfKpisProps {
  comparison: KpiComparison;
  formats: Formats;
}

export function WhatIfKpis({ comparison, formats }: WhatIfKpisProps) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>What-if against the workbook</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.head, styles.label)}>
            Figure
          </th>
          <th scope="col" className={styles.head}>
            Workbook
          </th>
          <th scope="col" className={styles.head}>
            What-if
          </th>
          <th scope="col" className={styles.head}>
            Change
          </th>
        </tr>
      </thead>
      <tbody>
        {WHAT_IF_KPIS.map(({ key, label, kind }) => {
          const { base, whatIf, difference } = comparison[key];
          // Colour only says better or worse for money and margins; more clients is neither.
          const direction = kind === "count" || kind === "ratio" ? "none" : changeDirection(kind, difference);
          return (
            <tr key={key} className={styles.row}>
              <th scope="row" className={styles.label}>
                {label}
              </th>
              <td className={styles.cell}>{formatKpi(kind, base, formats)}</td>
              <td className={mergeClasses(styles.cell, styles.whatIf)}>{formatKpi(kind, whatIf, formats)}</td>
              <td className={mergeClasses(styles.cell, styles.change, direction === "up" && styles.up, direction === "down" && styles.down)}>
                {formatKpiChange(kind, difference, formats)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
