/** Styles more than one component needs. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** A pane narrower than this (Excel's narrowest is 320 px) gets a tighter layout. */
export const NARROW_PANE = "@media (max-width: 359px)";

export const useSharedStyles = makeStyles({
  /** Read by screen readers, not shown. */
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
  },
  /** A bulleted-less vertical list. */
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * The what-if's comparison tables (headline figures, segments): labels that wrap only between
 * words, figures that never break, in tabular digits. Spread into a component's makeStyles.
 */
export const COMPARISON_TABLE = {
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  label: {
    textAlign: "start",
    verticalAlign: "baseline",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  cell: {
    textAlign: "end",
    verticalAlign: "baseline",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalSNudge}`,
    ":last-child": { paddingRight: tokens.spacingHorizontalXS },
  },
  head: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
} as const;
