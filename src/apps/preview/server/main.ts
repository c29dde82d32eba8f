/**
 * npm run preview -- [FILE.xlsx] [--port N] [--rebuild]   (--rebuild: build dist/ and dist-preview/ first)
 *
 * Serves the add-in's production build on http://localhost with FILE (or an empty workbook) in the
 * in-memory Excel: open the address in any browser to use the real task pane without Excel, see
 * what it writes beside it, and download the result as .xlsx.
 */
import fs from "node:fs";
import path from "node:path";
import { UnreadableWorkbookError } from "../../../shells/xlsx/read/files";
import { ensureBuilds } from "./builds";
import { startPreviewServer } from "./server";

const USAGE = "Usage: npm run preview -- [FILE.xlsx] [--port N] [--rebuild]";
const DEFAULT_PORT = 3100;

interface Args {
  file: string | null;
  port: number | null;
  rebuild: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: null, port: null, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === "--rebuild") {
      args.rebuild = true;
    } else if (arg === "--port") {
      const port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a port number. ${USAGE}`);
      args.port = port;
    } else if (arg.startsWith("-")) {
      throw new Error(`Unknown option ${arg}. ${USAGE}`);
    } else if (args.file === null) {
      args.file = arg;
    } else {
      throw new Error(`One workbook at a time. ${USAGE}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
  const file = args.file === null ? null : path.resolve(process.env.INIT_CWD ?? process.cwd(), args.file);
  let workbook: { name: string; bytes: Buffer } | null = null;
  if (file !== null) {
    try {
      workbook = { name: path.basename(file), bytes: await fs.promises.readFile(file) };
    } catch (error) {
      throw new UnreadableWorkbookError(file, (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message);
    }
  }
  ensureBuilds({ rebuildPane: args.rebuild, rebuildPreview: args.rebuild });
  const server = await startPreviewServer({ workbook, port: args.port ?? DEFAULT_PORT, rewriteOfficeJs: true }).catch((error: unknown) => {
    // The usual port is taken (another preview?): any free one will do unless one was asked for.
    if (args.port === null && (error as NodeJS.ErrnoException).code === "EADDRINUSE") return startPreviewServer({ workbook, port: 0 });
    throw error;
  });
  console.log(`Previewing ${file ?? "an empty workbook"}`);
  console.log(`Open ${server.url} in a browser. Press Ctrl+C to stop.`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
