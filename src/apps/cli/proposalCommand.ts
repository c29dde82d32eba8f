/**
 * `proposal WORKBOOK.xlsx --client NAME [--tier TIER] [--out RESULT.xlsx]` (PRICING.md §7, §5b):
 * the result workbook of `analyze` with that client's Proposal sheet added (or updated).
 * Exit 0: done. Exit 1: the workbook has errors (nothing written). Exit 2: bad arguments, an
 * unknown client or tier (the nearest names suggested), or an unreadable file.
 */
import { proposal } from "../../core/flow";
import { formatMoney } from "../../core/report/layout/formats";
import { realTarget } from "./paths";
import { EXIT, type Io } from "./io";
import { openWorkbook, printProblems, reportFailure, writeResult } from "./resultRun";

export interface ProposalArgs {
  input: string;
  client: string;
  tier?: string;
  out?: string;
}

export async function proposalCommand(args: ProposalArgs, io: Io): Promise<number> {
  const opened = await openWorkbook(args);
  const outcome = proposal(opened.input(), { client: args.client, tier: args.tier }, { withReport: true });
  if (!outcome.ok) return reportFailure(io, outcome, "proposal");

  await writeResult(opened, outcome.plan);
  printProblems(io, "warning", outcome.analysis.warnings);
  // A tier the client would not be pitched (beaten by another, or not for its segment): made as asked, said (§5b).
  if (outcome.warning !== null) io.stderr(`warning: ${outcome.warning}`);
  const offer = outcome.tier && outcome.option
    ? `${outcome.tier.name} at ${formatMoney(outcome.option.revenue, outcome.model.settings.currency)} a month`
    : "stay on pay as you go";
  io.stdout(`Proposal for ${outcome.client.client}: ${offer}.`);
  io.stdout(`Sheet "${outcome.sheet}" in ${realTarget(opened.out)}`);
  return EXIT.ok;
}
