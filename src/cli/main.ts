/**
 * The command line (PRICING.md §7):
 *   analyze WORKBOOK.xlsx [--out RESULT.xlsx] [--json REPORT.json]
 *   sample FILE.xlsx
 *   demo
 * Exit 0: done; 1: the workbook has errors; 2: bad arguments or an unreadable file.
 */
import { parseArgs } from "node:util";
import { analyzeCommand } from "./analyzeCommand";
import { sampleCommand } from "./sampleCommand";
import { demoCommand } from "./demoCommand";
import { CliError, EXIT, processIo, type Io } from "./io";
import { UnreadableWorkbookError } from "../xlsx/files";
import { LEVER_HELP, parseLeverArgs } from "./leverArgs";

export const USAGE = [
  "Usage:",
  "  analyze WORKBOOK.xlsx [--out RESULT.xlsx] [--json REPORT.json] [--time-log ENTRIES.csv] [--set NAME=VALUE]... [--mix SEGMENT=COUNT]...",
  "      Price the workbook's clients; write a copy with the Pricing Results and Rate Card sheets",
  "      (default: WORKBOOK.priced.xlsx) and, with --json, the full report. The input is never changed.",
  "      --time-log reads the Time log from a time tracker's CSV export instead of the workbook's Time log table.",
  "      What-if options:",
  ...LEVER_HELP.split("\n").map((line) => `        ${line}`),
  "  sample FILE.xlsx",
  "      Write the built-in sample model to a new file (an existing file is never replaced).",
  "  demo",
  "      Write the sample to ./out, analyse it and say where the result is.",
  "Exit codes: 0 done, 1 the workbook has errors (nothing written), 2 bad arguments or unreadable file.",
].join("\n");

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(error.message);
      return error.exitCode;
    }
    if (error instanceof UnreadableWorkbookError) {
      io.stderr(error.message);
      return EXIT.usage;
    }
    throw error;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  const noOptions = (name: string) => {
    if (values.out !== undefined || values.json !== undefined) throw usageError(`${name} takes no --out or --json.`);
    if (values.set !== undefined || values.mix !== undefined) throw usageError(`${name} takes no --set or --mix.`);
    if (values["time-log"] !== undefined) throw usageError(`${name} takes no --time-log.`);
  };
  switch (command) {
    case "analyze":
      if (rest.length !== 1) throw usageError("analyze needs exactly one workbook.");
      return analyzeCommand(
        {
          input: rest[0], out: nonEmpty(values.out, "--out"), json: nonEmpty(values.json, "--json"),
          timeLog: nonEmpty(values["time-log"], "--time-log"), ...leverArgs(values.set, values.mix),
        },
        io,
      );
    case "sample":
      noOptions("sample");
      if (rest.length !== 1) throw usageError("sample needs exactly one file name.");
      return sampleCommand(rest[0], io);
    case "demo":
      noOptions("demo");
      if (rest.length !== 0) throw usageError("demo takes no arguments.");
      return demoCommand(io);
    case undefined:
      throw usageError("No command given.");
    default:
      throw usageError(`Unknown command "${command}".`);
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      out: { type: "string" },
      json: { type: "string" },
      set: { type: "string", multiple: true },
      mix: { type: "string", multiple: true },
      "time-log": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && value.trim() === "") throw usageError(`${flag} needs a file name.`);
  return value;
}

/** What-if levers (issue 5), checked before any file is opened; every problem listed, exit 2. */
function leverArgs(sets: string[] | undefined, mixes: string[] | undefined) {
  if (sets === undefined && mixes === undefined) return {};
  const parsed = parseLeverArgs(sets ?? [], mixes ?? []);
  if (!parsed.ok) throw new CliError(EXIT.usage, [...parsed.errors, LEVER_HELP].join("\n"));
  return { levers: parsed.value };
}

function usageError(problem: string): CliError {
  return new CliError(EXIT.usage, `${problem}\n${USAGE}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
