/**
 * The command line (PRICING.md §7):
 *   analyze WORKBOOK.xlsx [--out RESULT.xlsx] [--json REPORT.json]
 *   proposal WORKBOOK.xlsx --client NAME [--tier TIER] [--out RESULT.xlsx]
 *   letter WORKBOOK.xlsx --client NAME [--out RESULT.xlsx]
 *   sample FILE.xlsx
 *   demo
 * Exit 0: done; 1: the workbook has errors; 2: bad arguments or an unreadable file.
 *
 * Each command is one row of COMMANDS and imports its module only when it runs (issue 14), so
 * `--help` loads no ExcelJS and a plain `analyze` no sample or what-if code. The program itself
 * (process.argv, the exit code) is src/apps/cli/bin.ts.
 */
import { parseArgs } from "node:util";
import { CliError, EXIT, processIo, type Io } from "./io";

type Options = ReturnType<typeof parse>["values"];

interface Command {
  /** Its lines of the usage text. */
  usage(): Promise<string[]>;
  /** Checks its arguments (exit 2 on any problem), then imports its module and runs. */
  run(args: string[], options: Options, io: Io): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  analyze: {
    usage: async () => [
      "  analyze WORKBOOK.xlsx [--out RESULT.xlsx] [--json REPORT.json] [--time-log ENTRIES.csv] [--date-order MDY|DMY] [--set NAME=VALUE]... [--mix SEGMENT=COUNT]...",
      "      Price the workbook's clients; write a copy with the Pricing Results and Rate Card sheets",
      "      (default: WORKBOOK.priced.xlsx) and, with --json, the full report. The input is never changed.",
      "      --time-log reads the Time log from a time tracker's CSV export instead of the workbook's Time log table.",
      "      --date-order MDY (month/day/year, as in the US) or DMY (day/month/year): how dates such as 05/01/2026 are read.",
      "      What-if options:",
      ...(await import("./leverArgs")).LEVER_HELP.split("\n").map((line) => `        ${line}`),
    ],
    run: async (args, options, io) => {
      if (args.length !== 1) throw usageError("analyze needs exactly one workbook.");
      if (options.client !== undefined || options.tier !== undefined) throw usageError("analyze takes no --client or --tier (see proposal).");
      const out = nonEmpty(options.out, "--out");
      const json = nonEmpty(options.json, "--json");
      const timeLog = nonEmpty(options["time-log"], "--time-log");
      const dateOrder = dateOrderArg(options["date-order"]);
      const levers = await leverArgs(options.set, options.mix);
      const { analyzeCommand } = await import("./analyzeCommand");
      return analyzeCommand({ input: args[0], out, json, timeLog, ...(dateOrder ? { dateOrder } : {}), ...levers }, io);
    },
  },
  proposal: {
    usage: async () => [
      "  proposal WORKBOOK.xlsx --client NAME [--tier TIER] [--out RESULT.xlsx]",
      "      The result workbook of analyze with that client's one-page Proposal sheet (the recommended",
      "      tier, or --tier; --tier Hourly: stay on pay as you go). Making it again updates that sheet.",
    ],
    run: async (args, options, io) => {
      if (args.length !== 1) throw usageError("proposal needs exactly one workbook.");
      if (options.json !== undefined || options.set !== undefined || options.mix !== undefined || options["time-log"] !== undefined || options["date-order"] !== undefined) {
        throw usageError("proposal takes no --json, --time-log, --date-order, --set or --mix.");
      }
      if (options.client === undefined || options.client.trim() === "") throw usageError("proposal needs --client NAME.");
      const { proposalCommand } = await import("./proposalCommand");
      return proposalCommand({ input: args[0], client: options.client, tier: options.tier, out: nonEmpty(options.out, "--out") }, io);
    },
  },
  letter: {
    usage: async () => [
      "  letter WORKBOOK.xlsx --client NAME [--out RESULT.xlsx]",
      "      The result workbook of analyze with a one-page price-change letter for a client on an agreement:",
      "      its new monthly fee after the Annual increase, from its Renewal date. Making it again updates that sheet.",
    ],
    run: async (args, options, io) => {
      if (args.length !== 1) throw usageError("letter needs exactly one workbook.");
      if (options.json !== undefined || options.set !== undefined || options.mix !== undefined || options["time-log"] !== undefined || options.tier !== undefined) {
        throw usageError("letter takes no --json, --time-log, --set, --mix or --tier.");
      }
      if (options.client === undefined || options.client.trim() === "") throw usageError("letter needs --client NAME.");
      const { letterCommand } = await import("./letterCommand");
      return letterCommand({ input: args[0], client: options.client, out: nonEmpty(options.out, "--out") }, io);
    },
  },
  sample: {
    usage: async () => [
      "  sample FILE.xlsx",
      "      Write the built-in sample model to a new file (an existing file is never replaced).",
    ],
    run: async (args, options, io) => {
      noOptions("sample", options);
      if (args.length !== 1) throw usageError("sample needs exactly one file name.");
      const { sampleCommand } = await import("./sampleCommand");
      return sampleCommand(args[0], io);
    },
  },
  demo: {
    usage: async () => ["  demo", "      Write the sample to ./out, analyse it and say where the result is."],
    run: async (args, options, io) => {
      noOptions("demo", options);
      if (args.length !== 0) throw usageError("demo takes no arguments.");
      const { demoCommand } = await import("./demoCommand");
      return demoCommand(io);
    },
  },
};

/** The usage text: every command's lines, then the exit codes. */
export async function usage(): Promise<string> {
  const lines = ["Usage:"];
  for (const command of Object.values(COMMANDS)) lines.push(...(await command.usage()));
  lines.push("Exit codes: 0 done, 1 the workbook has errors (nothing written), 2 bad arguments or unreadable file.");
  return lines.join("\n");
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${await usage()}`);
      return error.exitCode;
    }
    if (error instanceof CliError) {
      io.stderr(error.message);
      return error.exitCode;
    }
    // Only a command that read a file can have thrown this, so its module is already loaded.
    const { UnreadableWorkbookError } = await import("../../shells/xlsx/read/files");
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
    io.stdout(await usage());
    return EXIT.ok;
  }
  const [name, ...args] = positionals;
  if (name === undefined) throw usageError("No command given.");
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) throw usageError(`Unknown command "${name}".`);
  return command.run(args, values, io);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      out: { type: "string" },
      json: { type: "string" },
      set: { type: "string", multiple: true },
      mix: { type: "string", multiple: true },
      client: { type: "string" },
      tier: { type: "string" },
      "time-log": { type: "string" },
      "date-order": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
}

function noOptions(name: string, options: Options): void {
  if (options.out !== undefined || options.json !== undefined) throw usageError(`${name} takes no --out or --json.`);
  if (options.set !== undefined || options.mix !== undefined) throw usageError(`${name} takes no --set or --mix.`);
  if (options.client !== undefined || options.tier !== undefined) throw usageError(`${name} takes no --client or --tier.`);
  if (options["time-log"] !== undefined) throw usageError(`${name} takes no --time-log.`);
  if (options["date-order"] !== undefined) throw usageError(`${name} takes no --date-order.`);
}

/** `--date-order MDY|DMY`, any case (PRICING.md §7). */
function dateOrderArg(value: string | undefined): "MDY" | "DMY" | undefined {
  if (value === undefined) return undefined;
  const order = value.trim().toUpperCase();
  if (order === "MDY" || order === "DMY") return order;
  throw usageError(`--date-order must be MDY (month/day/year, as in the US) or DMY (day/month/year), not "${value}".`);
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && value.trim() === "") throw usageError(`${flag} needs a file name.`);
  return value;
}

/** What-if levers (issue 5), checked before any file is opened; every problem listed, exit 2. Loaded only when given. */
async function leverArgs(sets: string[] | undefined, mixes: string[] | undefined) {
  if (sets === undefined && mixes === undefined) return {};
  const { LEVER_HELP, parseLeverArgs } = await import("./leverArgs");
  const parsed = parseLeverArgs(sets ?? [], mixes ?? []);
  if (!parsed.ok) throw new CliError(EXIT.usage, [...parsed.errors, LEVER_HELP].join("\n"));
  return { levers: parsed.value };
}

/** A problem with the command line itself: its message, then the usage text. */
class UsageError extends CliError {}

function usageError(problem: string): CliError {
  return new UsageError(EXIT.usage, problem);
}
