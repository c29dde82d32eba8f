/**
 * A list of problems (errors or warnings), each with the cell it is about. Choosing a cell — click,
 * Enter or Space — selects it in the workbook. Long lists show their first part and offer the rest.
 */
import { useId, useState } from "react";
import { Body1, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../../core/workbook/model";
import { useSharedStyles } from "../sharedStyles";

/** Enough to see the pattern; more would make the pane slow to scroll for a badly broken workbook. */
export const SHOWN_AT_FIRST = 50;

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", overflowWrap: "anywhere", paddingBlock: tokens.spacingVerticalXXS },
  cell: { alignSelf: "flex-start", fontWeight: tokens.fontWeightSemibold, textAlign: "start" },
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalS },
});

export interface ProblemListProps {
  problems: Problem[];
  /** Names the list for screen readers ("Problems to fix"). */
  label: string;
  onSelectCell: (address: string) => void;
}

function ProblemItem({ problem, onSelectCell }: { problem: Problem; onSelectCell: (address: string) => void }) {
  const styles = useStyles();
  const messageId = useId();
  const { cell } = problem;
  return (
    <li className={styles.item}>
      {cell && (
        <Link as="button" className={styles.cell} onClick={() => onSelectCell(cell)} aria-describedby={messageId}>
          {`Go to ${cell}`}
        </Link>
      )}
      <Body1 id={messageId}>{problem.message}</Body1>
    </li>
  );
}

export function ProblemList({ problems, label, onSelectCell }: ProblemListProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? problems : problems.slice(0, SHOWN_AT_FIRST);
  return (
    <>
      <ul className={shared.plainList} aria-label={label}>
        {shown.map((problem, i) => (
          <ProblemItem key={i} problem={problem} onSelectCell={onSelectCell} />
        ))}
      </ul>
      {shown.length < problems.length && (
        <Button className={styles.more} appearance="secondary" onClick={() => setShowAll(true)}>
          {`Show all ${problems.length.toLocaleString()}`}
        </Button>
      )}
    </>
  );
}
