/**
 * The what-if per segment: each segment's annual revenue as billed today, in the workbook and in
 * the what-if, and the change; the totals last. A table, so a screen reader reads each row as
 * segment, workbook, what-if, change. The chart beside it draws the same figures.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../../core/pricing/results";
import type { Formats } from "../format";
import { ComparisonHead } from "./ComparisonHead";
import { COMPARISON_TABLE } from "../sharedStyles";
import { changeDirection, shownDifference } from "../whatIfFormat";

const useStyles = makeStyles({
  ...COMPARISON_TABLE,
  table: {
    ...COMPARISON_TABLE.table,
    overflowWrap: "normal",
  },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  total: { fontWeight: tokens.fontWeightSemibold },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

export interface SegmentRevenue {
  segment: string;
  /** Annual, as billed today, in the workbook. */
  today: number;
  /** Annual, on the recommended tiers, in the workbook. */
  recommended: number;
  /** Annual, as billed today, in the what-if. */
  whatIf: number;
}

/** Each segment of the workbook (then any the what-if adds), and the totals, as annual figures. */
export function segmentRevenues(base: Analysis, whatIf: Analysis): { segments: SegmentRevenue[]; total: SegmentRevenue } {
  const after = new Map(whatIf.segments.map((s) => [s.segment, s]));
  const names = [...base.segments.map((s) => s.segment), ...whatIf.segments.map((s) => s.segment).filter((n) => !base.segments.some((s) => s.segment === n))];
  const segments = names.map((segment) => {
    const b = base.segments.find((s) => s.segment === segment);
    return { segment, today: 12 * (b?.currentRevenue ?? 0), recommended: 12 * (b?.recommendedRevenue ?? 0), whatIf: 12 * (after.get(segment)?.currentRevenue ?? 0) };
  });
  const total = {
    segment: "Total",
    today: 12 * base.totals.currentRevenue,
    recommended: 12 * base.totals.recommendedRevenue,
    whatIf: 12 * whatIf.totals.currentRevenue,
  };
  return { segments, total };
}

export interface WhatIfSegmentsProps {
  rows: SegmentRevenue[];
  total: SegmentRevenue;
  formats: Formats;
}

export function WhatIfSegments({ rows, total, formats }: WhatIfSegmentsProps) {
  const styles = useStyles();
  const row = (r: SegmentRevenue, isTotal: boolean) => {
    const difference = shownDifference("annualMoney", r.today, r.whatIf);
    const direction = changeDirection("annualMoney", difference);
    return (
      <tr key={r.segment} className={mergeClasses(styles.row, isTotal && styles.total)}>
        <th scope="row" className={styles.label}>
          {r.segment}
        </th>
        <td className={styles.cell}>{formats.money(r.today)}</td>
        <td className={styles.cell}>{formats.money(r.whatIf)}</td>
        <td className={mergeClasses(styles.cell, direction === "up" && styles.up, direction === "down" && styles.down)}>
          {formats.moneyChange(difference ?? 0)}
        </td>
      </tr>
    );
  };
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>Revenue per year by segment, current billing</caption>
      <ComparisonHead first="Segment" classes={styles} />
      <tbody>
        {rows.map((r) => row(r, false))}
        {row(total, true)}
      </tbody>
    </table>
  );
}
