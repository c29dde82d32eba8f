/** Warnings: the analysis ran, but these are worth a look (defaults used, duplicates, few benefits…). */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../../core/workbook/model";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface WarningListProps {
  warnings: Problem[];
  onSelectCell: (address: string) => void;
}

export function WarningList({ warnings, onSelectCell }: WarningListProps) {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="warnings-heading">
      <Subtitle2 as="h2" id="warnings-heading">
        {`Worth a look (${warnings.length.toLocaleString()})`}
      </Subtitle2>
      <ProblemList problems={warnings} label="Warnings" onSelectCell={onSelectCell} />
    </section>
  );
}
