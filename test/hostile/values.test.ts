/**
 * Cell contents the conformance generator never writes: formulas whose result was never saved,
 * numbers too large (or too small) to price, text longer than a cell holds, and a sheet whose
 * used range reaches row 1,048,576 because of one formatted cell.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { ACME, CLIENT_HEADER, CLIENTS_PART, TIERS, analyze, editPart, inDir, model, tempDir, write } from "./helpers";
import { loadWorkbook } from "../../src/shells/xlsx/read/files";
import { readGrids } from "../../src/shells/xlsx/read/readGrids";
import { runFlow } from "../../src/core/flow";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NO_RESULT = "has no saved result in the file, so its value is unknown — open and save the workbook in Excel (it stores each formula's result), or type the value.";

describe("a formula whose result was never saved (a script wrote the file; Excel never opened it)", () => {
  // Hours per visit (F2) and a Notes column (H2) hold formulas; the client is otherwise §8's Acme Dental.
  async function withFormulas(name: string, f2: string, h2: string, f2Type = ""): Promise<string> {
    const file = await write(model({ clients: [[...CLIENT_HEADER, "Notes"], [...ACME, "n"]] }), inDir(dir, name));
    await editPart(file, CLIENTS_PART, (xml) => xml
      .replace(/<c r="F2"([^>]*)><v>1.1<\/v><\/c>/, `<c r="F2"$1${f2Type}>${f2}</c>`)
      .replace(/<c r="H2"([^>]*)><v>\d+<\/v><\/c>/, `<c r="H2" t="str">${h2}</c>`));
    return file;
  }

  it("in a column the model uses: exit 1 naming that cell, not a silent 0 hours", async () => {
    const run = await analyze(await withFormulas("unsaved.xlsx", "<f>0.55*2</f>", "<f>\"ok\"</f><v>ok</v>"));
    expect(run.code).toBe(1);
    expect(run.report!.errors).toEqual([{ cell: "Clients!F2", message: expect.stringContaining(`(=0.55*2) ${NO_RESULT}`) }]);
    expect(run.stderr).toContain(`error: Clients!F2: This cell's formula (=0.55*2) ${NO_RESULT}`);
    expect(run.written).toBe(false);
    expect(run.inputUnchanged).toBe(true);
  });

  it("with a saved result, even an empty text (=IF(…,\"\",…)), it is read as that result", async () => {
    const saved = await analyze(await withFormulas("saved.xlsx", "<f>0.55*2</f><v>1.1</v>", "<f>\"\"</f><v></v>"));
    expect(saved.code).toBe(0);
    expect(saved.report!.clients[0]!.hourlyRevenue).toBeCloseTo(777.5, 9);
    // An empty text result in Hours per visit is a blank: 0 hours on site, so 2 × max(1, 0) × 125 + 375 + 90.
    // Excel saves an empty text result typed as text (t="str"); an untyped empty <v></v> is what
    // openpyxl writes for a formula it never calculated: no result (issue 8, test/consultant).
    const empty = await analyze(await withFormulas("saved-empty.xlsx", '<f>IF(1,"","")</f><v></v>', "<f>\"\"</f><v></v>", ' t="str"'));
    expect(empty.code).toBe(0);
    expect(empty.report!.clients[0]!.hourlyRevenue).toBeCloseTo(715, 9);
  });

  it("in a column the model ignores (Notes): no error", async () => {
    const run = await analyze(await withFormulas("notes.xlsx", "<f>0.55*2</f><v>1.1</v>", "<f>UPPER(\"x\")</f>"));
    expect(run.code).toBe(0);
    expect(run.report!.clients[0]!.hourlyRevenue).toBeCloseTo(777.5, 9);
  });
});

describe("numbers no price can be worked out from: exit 1 naming the cell, never NaN or Infinity in the result", () => {
  it("1E+308 visits (beyond what Excel itself can hold) is far too large", async () => {
    const file = await write(model({ clients: [CLIENT_HEADER, ["Acme Dental", "Small business", "", 20, 1e308, 1, 0]] }), inDir(dir, "huge.xlsx"));
    const run = await analyze(file);
    expect(run.code).toBe(1);
    expect(run.report!.errors).toEqual([
      { cell: "Clients!E2", message: "Visits per month for Acme Dental is 1e+308, far too large to price — enter a number of visits, 0 or more." },
    ]);
    expect(run.written).toBe(false);
  });

  it("a 16-digit Hourly rate setting is far too large; 999,999,999,999 still prices", async () => {
    const settings = (rate: number) => [["Setting", "Value"], ["Hourly rate", rate]];
    const huge = await analyze(await write(model({ settings: settings(1e15) }), inDir(dir, "rate-huge.xlsx")));
    expect(huge.code).toBe(1);
    expect(huge.report!.errors[0]).toEqual({ cell: "Settings!B2", message: expect.stringContaining("is 1000000000000000, far too large to price") });
    const big = await analyze(await write(model({ settings: settings(999_999_999_999) }), inDir(dir, "rate-big.xlsx")));
    expect(big.code).toBe(0);
    // 2 visits × 1.25 h + 3 remote hours = 5.5 billed hours at the rate, plus 90 of trip charges.
    expect(big.report!.clients[0]!.hourlyRevenue).toBeCloseTo(5.5 * 999_999_999_999 + 90, 0);
  });

  it("a tier fee over 1E-300 hours of work would be an infinite effective rate: the client's row is named", async () => {
    const tiers = [TIERS[0]!, ["Business", 900_000_000_000, 8, "Yes"]];
    const file = await write(model({ tiers, clients: [CLIENT_HEADER, ["Tiny", "Home", "Business", 0, 0, 0, 1e-300]] }), inDir(dir, "tiny.xlsx"));
    const run = await analyze(file);
    expect(run.code).toBe(1);
    expect(run.report!.errors).toEqual([{ cell: "Clients!A2", message: expect.stringContaining("The figures for Tiny cannot be worked out (effectiveRate would be infinite)") }]);
    expect(run.report!.clients).toEqual([]);
    expect(run.written).toBe(false);
  });

  it("the add-in's flow refuses the same workbook the same way: nothing is planned", async () => {
    const tiers = [TIERS[0]!, ["Business", 900_000_000_000, 8, "Yes"]];
    const file = await write(model({ tiers, clients: [CLIENT_HEADER, ["Tiny", "Home", "Business", 0, 0, 0, 1e-300]] }), inDir(dir, "tiny-addin.xlsx"));
    const flow = runFlow(readGrids(await loadWorkbook(file)).grids);
    expect(flow.plan).toBeNull();
    expect(flow.analysis.errors).toEqual([{ cell: "Clients!A2", message: expect.stringContaining("The figures for Tiny cannot be worked out") }]);
  });
});

it("a 32,767-character business name (Excel's most) still gives cells Excel can open: the title is cut to 32,767", async () => {
  const name = "B".repeat(32_767);
  const run = await analyze(await write(model({ settings: [["Setting", "Value"], ["Business name", name]] }), inDir(dir, "long-name.xlsx")));
  expect(run.code).toBe(0);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(run.out);
  const texts: string[] = [];
  for (const ws of result.worksheets) ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)));
  expect(Math.max(...texts.map((t) => t.length))).toBe(32_767);
  expect(result.getWorksheet("Rate Card")!.getCell("A1").value).toBe(name);
  expect(String(result.getWorksheet("Pricing Results")!.getCell("A1").value).endsWith("B…")).toBe(true);
});

it("a formatted cell at XFD1048576 below the clients adds no rows to read", async () => {
  const workbook = model();
  workbook.getWorksheet("Clients")!.getCell("XFD1048576").numFmt = "0.00";
  const file = await write(workbook, inDir(dir, "tall.xlsx"));
  const clients = readGrids(await loadWorkbook(file)).grids.find((g) => g.key === "clients")!;
  expect(clients.values).toEqual([CLIENT_HEADER, ACME]);
  const run = await analyze(file);
  expect(run.code).toBe(0);
  expect(run.report!.clients[0]!.currentRevenue).toBeCloseTo(900, 9);
});
