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
