/** `sample FILE.xlsx`: the built-in sample model, the same one the add-in's "Create sample model" writes. */
import fs from "node:fs";
import { planSampleModel } from "../../core/report/sheets/planSample";
import { blankWorkbook } from "../../shells/xlsx/write/blankWorkbook";
import { resultWorkbook } from "../../shells/xlsx/write/resultWorkbook";
import { CliError, EXIT, type Io } from "./io";
import { realTarget, unwritableReason, writeFileAtomic, WriteError, wrongOutExtension } from "./paths";

export async function writeSampleWorkbook(file: string): Promise<void> {
  // The same writer as analyze's result, on a workbook with no sheets yet.
  const { bytes } = await resultWorkbook(await blankWorkbook(), planSampleModel());
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    if (error instanceof WriteError) throw new CliError(EXIT.usage, error.message);
    throw error;
  }
}

export async function sampleCommand(file: string, io: Io): Promise<number> {
  // `sample` makes a new file: it never replaces a workbook someone may have worked in.
  if (fs.existsSync(file)) {
    throw new CliError(EXIT.usage, `${file} already exists: sample never overwrites a file. Choose a new name, or delete that file first.`);
  }
  const problem = wrongOutExtension(file)?.replace("--out ", "") ?? unwritableReason(file);
  if (problem) throw new CliError(EXIT.usage, problem.startsWith(file) ? problem : `Cannot write ${file}: ${problem}.`);
  await writeSampleWorkbook(file);
  io.stdout(`Sample workbook: ${realTarget(file)}`);
  return EXIT.ok;
}
