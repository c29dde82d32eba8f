/**
 * `letter WORKBOOK.xlsx --client NAME [--out RESULT.xlsx]` (PRICING.md §7, §5d): the result
 * workbook of `analyze` with that client's price-change letter on a sheet of its own.
 * Exit 0: done. Exit 1: the workbook has errors (nothing written). Exit 2: bad arguments, an
 * unknown client (the nearest names suggested), a client billed by the hour (a proposal instead),
 * an Annual increase of 0 (nothing to announce), or an unreadable file.
 */
import { letter } from "../../core/flow";
import { letterDate } from "../../core/report/sheets/planLetter";
import { afterAnnualIncrease } from "../../core/pricing/renewal";
import { formatMoney } from "../../core/report/layout/formats";
import { realTarget } from "./paths";
import { CliError, EXIT, type Io } from "./io";
import { openWorkbook, printProblems, reportFailure, writeResult } from "./resultRun";

export interface LetterArgs {
  input: string;
  client: string;
  out?: string;
}

/** Today on this computer's calendar, YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

export async function letterCommand(args: LetterArgs, io: Io): Promise<number> {
  const opened = await openWorkbook(args);
  const outcome = letter(opened.input(), args.client, { withReport: true, today: todayIso() });
  if (!outcome.ok) {
    if (outcome.reason === "noLetter") {
      const how = outcome.noLetter!.why === "hourly" ? ` (npm run cli -- proposal ${args.input} --client "${outcome.noLetter!.client}")` : "";
      throw new CliError(EXIT.usage, `${outcome.problems[0]!.message}${how}`);
    }
    return reportFailure(io, outcome, "letter");
  }

  await writeResult(opened, outcome.plan);
  printProblems(io, "warning", outcome.analysis.warnings);
  if (outcome.warning !== null) io.stderr(`warning: ${outcome.warning}`);
  const s = outcome.model.settings;
  const { letter: l } = outcome;
  const $ = (x: number) => formatMoney(x, s.currency);
  const when = l.client.renewalDate ? `from ${letterDate(l.client.renewalDate, s)}` : "from its next renewal";
  io.stdout(`Letter for ${l.result.client}: ${l.tier.name} ${$(l.option.tierFee)} → ${$(afterAnnualIncrease(l.option.tierFee, s))} a month ${when}.`);
  io.stdout(`Sheet "${outcome.sheet}" in ${realTarget(opened.out)}`);
  return EXIT.ok;
}
