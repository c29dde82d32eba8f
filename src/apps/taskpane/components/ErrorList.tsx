/** The model's errors: nothing was written, and each error leads to its cell. */
import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../../core/workbook/model";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface ErrorListProps {
  errors: Problem[];
  onSelectCell: (address: string) => void;
}

export function ErrorList({ errors, onSelectCell }: ErrorListProps) {
  const styles = useStyles();
  const count = errors.length === 1 ? "1 thing" : `${errors.length.toLocaleString()} things`;
  return (
    <section className={styles.root} aria-labelledby="errors-heading">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not priced yet</MessageBarTitle>
          {`Fix ${count} in your tables, then select Analyze again. Nothing in the workbook was changed.`}
        </MessageBarBody>
      </MessageBar>
      <Subtitle2 as="h2" id="errors-heading">
        To fix
      </Subtitle2>
      <ProblemList problems={errors} label="Problems to fix" onSelectCell={onSelectCell} />
    </section>
  );
}
