/** `demo`: write the sample to ./out, analyse it, print the summary and where the result is. */
import fs from "node:fs";
import path from "node:path";
import { analyzeCommand } from "./analyzeCommand";
import { writeSampleWorkbook } from "./sampleCommand";
import type { Io } from "./io";

export async function demoCommand(io: Io, folder = path.resolve("out")): Promise<number> {
  await fs.promises.mkdir(folder, { recursive: true });
  const input = path.join(folder, "sample.xlsx");
  const json = path.join(folder, "sample.report.json");
  await writeSampleWorkbook(input);
  io.stdout(`Sample workbook: ${input}`);
  io.stdout("");
  const code = await analyzeCommand({ input, json }, io);
  io.stdout(`JSON report: ${json}`);
  return code;
}
