/** The command line's tables: plain text in columns, for a terminal. */

/** Left-align the first column, right-align the rest; a rule under the header and above the total. */
export function alignTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  const render = (r: string[]) =>
    r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const body = rows.slice(1, -1).map(render);
  return [render(rows[0]), rule, ...body, rule, render(rows[rows.length - 1])];
}
