/** What a command may touch besides files: its two output streams. Tests pass their own. */
export interface Io {
  stdout(line: string): void;
  stderr(line: string): void;
}

export const processIo: Io = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** PRICING.md §7's exit codes. */
export const EXIT = { ok: 0, workbookErrors: 1, usage: 2 } as const;

/** A failure with its exit code and the one message the user sees. */
export class CliError extends Error {
  constructor(readonly exitCode: number, message: string) {
    super(message);
    this.name = "CliError";
  }
}
