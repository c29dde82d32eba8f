/** The head row of the what-if's comparison tables: what is compared, then Workbook, What-if and Change. */
import { mergeClasses } from "@fluentui/react-components";

export function ComparisonHead({ first, classes }: { first: string; classes: { label: string; cell: string; head: string } }) {
  const head = mergeClasses(classes.cell, classes.head);
  return (
    <thead>
      <tr>
        <th scope="col" className={classes.label}>
          {first}
        </th>
        {["Workbook", "What-if", "Change"].map((title) => (
          <th key={title} scope="col" className={head}>
            {title}
          </th>
        ))}
      </tr>
    </thead>
  );
}
