/**
 * The program: `main` on the process's arguments, its exit code as the process's. This is the
 * command-line bundle's entry (tools/cliBundle.js builds it, tools/cli.js runs it); `npx tsx
 * src/apps/cli/bin.ts …` runs the same from the TypeScript.
 */
import { main } from "./main";
import { EXIT } from "./io";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = EXIT.usage;
  },
);
