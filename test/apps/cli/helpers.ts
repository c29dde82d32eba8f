/** Running the command line in-process (fast) or exactly as a user does, through npm. */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../../src/apps/cli/main";

export const ROOT = path.resolve(__dirname, "../../..");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

export function npmCli(args: string[], cwd = ROOT): Run {
  const p = spawnSync("npm", ["run", "--silent", "cli", "--", ...args], { cwd, encoding: "utf8" });
  return { code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "pricer-cli-"));
}

export const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every non-empty cell of a sheet, as address → value. */
export function cellsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow((row) => row.eachCell((cell) => (cells[cell.address] = cell.value)));
  return cells;
}
