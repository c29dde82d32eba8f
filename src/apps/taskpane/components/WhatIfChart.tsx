/**
 * A small chart of annual revenue by segment: as billed today, on the recommended tiers (both the
 * workbook's), and the what-if's, as three bars per segment. Plain SVG coloured with Fluent
 * tokens (no chart library: the pane's JavaScript stays small); its accessible name reads the figures.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Formats } from "../format";
import type { SegmentRevenue } from "./WhatIfSegments";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  key: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  svg: { width: "100%", height: "auto", display: "block" },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  value: { fill: tokens.colorNeutralForeground2, fontSize: "10px", fontFamily: tokens.fontFamilyBase },
  today: { fill: tokens.colorNeutralStroke1, backgroundColor: tokens.colorNeutralStroke1 },
  recommended: { fill: tokens.colorBrandBackground2Pressed, backgroundColor: tokens.colorBrandBackground2Pressed },
  whatIf: { fill: tokens.colorBrandBackground, backgroundColor: tokens.colorBrandBackground },
});

const SERIES = [
  { key: "today", label: "Today" },
  { key: "recommended", label: "Recommended tiers" },
  { key: "whatIf", label: "What-if" },
] as const;

const WIDTH = 300;
const LABEL_HEIGHT = 14;
const BAR = 9;
const GAP = 2;
const GROUP_GAP = 10;
/** Room at the right of the longest bar for its value. */
const VALUE_ROOM = 64;

export function WhatIfChart({ rows, formats }: { rows: SegmentRevenue[]; formats: Formats }) {
  const styles = useStyles();
  const max = Math.max(1, ...rows.flatMap((r) => SERIES.map((s) => r[s.key])));
  const groupHeight = LABEL_HEIGHT + SERIES.length * (BAR + GAP) + GROUP_GAP;
  const height = rows.length * groupHeight;
  const described = rows
    .map((r) => `${r.segment}: today ${formats.money(r.today)}, recommended tiers ${formats.money(r.recommended)}, what-if ${formats.money(r.whatIf)}`)
    .join("; ");
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>Revenue per year by segment</figcaption>
      <ul className={styles.legend} aria-hidden="true">
        {SERIES.map((s) => (
          <li key={s.key} className={styles.key}>
            <span className={mergeClasses(styles.swatch, styles[s.key])} />
            {s.label}
          </li>
        ))}
      </ul>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Revenue per year by segment. ${described}.`}>
        {rows.map((r, i) => {
          const top = i * groupHeight;
          return (
            <g key={r.segment}>
              <text className={styles.label} x={0} y={top + LABEL_HEIGHT - 3}>
                {r.segment}
              </text>
              {SERIES.map((s, j) => {
                const y = top + LABEL_HEIGHT + j * (BAR + GAP);
                const w = Math.max(1, (r[s.key] / max) * (WIDTH - VALUE_ROOM));
                return (
                  <g key={s.key}>
                    <rect className={styles[s.key]} x={0} y={y} width={w} height={BAR} rx={2} />
                    <text className={styles.value} x={w + 4} y={y + BAR - 1}>
                      {formats.money(r[s.key])}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
