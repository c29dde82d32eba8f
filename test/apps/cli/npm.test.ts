import fs from "node:fs";
import path from "node:path";
import { demoCommand } from "../../../src/apps/cli/demoCommand";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { npmCli, readWorkbook, tempDir } from "./helpers";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("through npm run --silent cli, as a user runs it", () => {
  it("sample then analyze print nothing but the commands' own output", () => {
    const input = path.join(dir, "sample.xlsx");
    const sample = npmCli(["sample", input]);
    expect(sample).toMatchObject({ code: 0, stderr: "" });
    expect(sample.stdout).toBe(`Sample workbook: ${fs.realpathSync(input)}\n`);

    const analyze = npmCli(["analyze", input, "--json", path.join(dir, "r.json")]);
    expect(analyze.code).toBe(0);
    expect(analyze.stderr).toBe("");
    const lines = analyze.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Summit IT Services: 28 clients, amounts in USD");
    expect(lines[lines.length - 1]).toBe(`Result: ${fs.realpathSync(path.join(dir, "sample.priced.xlsx"))}`);
  });
});

describe("demo", () => {
  it("writes the sample and its result into the folder and says where they are", async () => {
    const out: string[] = [];
    const folder = path.join(dir, "out");
    const code = await demoCommand({ stdout: (l) => out.push(l), stderr: (l) => out.push(`ERR ${l}`) }, folder);
    expect(code).toBe(0);
    const text = out.join("\n");
    expect(text).toContain(`Sample workbook: ${path.join(folder, "sample.xlsx")}`);
    expect(text).toContain(`Result: ${fs.realpathSync(path.join(folder, "sample.priced.xlsx"))}`);
    expect(text).not.toContain("ERR");
    const result = await readWorkbook(path.join(folder, "sample.priced.xlsx"));
    expect(result.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining([RESULTS_SHEET, RATE_CARD_SHEET]));
    expect(JSON.parse(fs.readFileSync(path.join(folder, "sample.report.json"), "utf8")).clients).toHaveLength(28);
  });
});
