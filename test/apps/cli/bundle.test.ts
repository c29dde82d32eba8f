/**
 * The command line's bundle (issue 14): built when missing, rebuilt whenever a file it is made
 * from has changed, so a consultant never runs stale code after a `git pull`; and each command
 * loads only its own code.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { currentChunks, ensureBundle, type BundleOptions, type Chunk } from "../../../tools/cliBundle";
import { usage } from "../../../src/apps/cli/main";
import { npmCli, ROOT } from "./helpers";

jest.setTimeout(120_000);

/** A project of its own in a temporary folder, with the repository's packages. */
function project(files: Record<string, string>): BundleOptions & { root: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "pricer-bundle-"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"), "junction");
  for (const [file, text] of Object.entries(files)) write(root, file, text);
  return { root, entry: "src/main.ts", outdir: "out" };
}

function write(root: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

/** What running the bundle prints. */
function run(file: string): string {
  const p = spawnSync(process.execPath, [file], { encoding: "utf8" });
  if (p.status !== 0) throw new Error(p.stderr);
  return p.stdout;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe("build on demand", () => {
  let options: BundleOptions & { root: string };
  beforeAll(() => {
    options = project({
      "src/main.ts": 'import { greeting } from "./greeting";\nconsole.log(greeting);\n',
      "src/greeting.ts": 'export const greeting = "Hello";\n',
    });
    roots.push(options.root);
  });

  it("builds when there is no bundle, then runs it as it is while nothing changes", async () => {
    const first = await ensureBundle(options);
    expect(first.built).toBe("there is no bundle yet");
    expect(run(first.file)).toBe("Hello\n");
    const again = await ensureBundle(options);
    expect(again).toEqual({ file: first.file, built: null });
  });

  it("rebuilds when a source changes, and runs the new code", async () => {
    await ensureBundle(options);
    write(options.root, "src/greeting.ts", 'export const greeting = "Hello again";\n');
    const rebuilt = await ensureBundle(options);
    expect(rebuilt.built).toBe("src/greeting.ts has changed");
    expect(run(rebuilt.file)).toBe("Hello again\n");
    expect((await ensureBundle(options)).built).toBeNull();
  });

  it("rebuilds when a source is only touched, even back to an older time", async () => {
    await ensureBundle(options);
    const file = path.join(options.root, "src/greeting.ts");
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(file, old, old);
    expect((await ensureBundle(options)).built).toBe("src/greeting.ts has changed");
  });

  it("follows a file added since the last build once a source imports it", async () => {
    await ensureBundle(options);
    write(options.root, "src/name.ts", 'export const name = "Acme Dental";\n');
    write(options.root, "src/main.ts", 'import { greeting } from "./greeting";\nimport { name } from "./name";\nconsole.log(`${greeting}, ${name}`);\n');
    const rebuilt = await ensureBundle(options);
    expect(rebuilt.built).not.toBeNull();
    expect(run(rebuilt.file)).toBe("Hello again, Acme Dental\n");
    // The new file is now one the bundle is made from: changing it alone rebuilds.
    write(options.root, "src/name.ts", 'export const name = "Summit IT";\n');
    const again = await ensureBundle(options);
    expect(again.built).toBe("src/name.ts has changed");
    expect(run(again.file)).toBe("Hello again, Summit IT\n");
  });

  it("rebuilds when a file appears beside the sources (it may change what an import resolves to)", async () => {
    await ensureBundle(options);
    write(options.root, "src/unused.ts", "export const unused = 1;\n");
    expect((await ensureBundle(options)).built).toBe("src has changed");
  });

  it("rebuilds when the bundle was deleted, whole or in part", async () => {
    const built = await ensureBundle(options);
    fs.rmSync(path.dirname(built.file), { recursive: true });
    const again = await ensureBundle(options);
    expect(again.built).toMatch(/^out\/build-.*\/main\.mjs is missing$/);
    expect(run(again.file)).toBe("Hello again, Summit IT\n");
    fs.rmSync(path.join(options.root, "out"), { recursive: true });
    expect((await ensureBundle(options)).built).toBe("there is no bundle yet");
  });

  it("says what is wrong when the sources do not build, and keeps no half-made bundle", async () => {
    const broken = project({ "src/main.ts": 'import { missing } from "./nowhere";\nconsole.log(missing);\n' });
    roots.push(broken.root);
    await expect(ensureBundle(broken)).rejects.toThrow(/Could not resolve "\.\/nowhere"/);
    expect(fs.readdirSync(path.join(broken.root, "out"))).toEqual([]);
  });

  it("two runs building at once both get a whole bundle", async () => {
    const both = project({ "src/main.ts": 'console.log("both");\n' });
    roots.push(both.root);
    const [a, b] = await Promise.all([ensureBundle(both), ensureBundle(both)]);
    expect(run(a.file)).toBe("both\n");
    expect(run(b.file)).toBe("both\n");
    expect((await ensureBundle(both)).built).toBeNull();
  });
});

describe("ExcelJS's CSV and streaming parts, left out of the bundle", () => {
  it("still work, loaded from node_modules on first use", async () => {
    const options = project({
      "src/main.ts": [
        'import ExcelJS from "exceljs";',
        "const workbook = new ExcelJS.Workbook();",
        'workbook.addWorksheet("Clients").addRow(["Acme Dental", 4]);',
        "void (async () => {",
        "  const csv = String(await workbook.csv.writeBuffer());",
        "  const file = `${process.argv[1]}.xlsx`;",
        "  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });",
        '  writer.addWorksheet("Streamed").addRow(["Summit IT"]).commit();',
        "  await writer.commit();",
        "  const back = new ExcelJS.Workbook();",
        "  await back.xlsx.readFile(file);",
        '  console.log(`${csv} | ${back.getWorksheet("Streamed")?.getCell("A1").value}`);',
        "})();",
      ].join("\n"),
    });
    roots.push(options.root);
    const { file } = await ensureBundle(options);
    expect(run(file).trim()).toBe("Acme Dental,4 | Summit IT");
    const bundled = Object.values(currentChunks(options).chunks).flatMap((c) => c.inputs);
    expect(bundled.some((f) => f.includes("node_modules/exceljs/"))).toBe(true);
    expect(bundled.filter((f) => /node_modules\/(fast-csv|@fast-csv|archiver|unzipper|dayjs|tmp)\//.test(f))).toEqual([]);
  });
});

describe("the command line's own bundle", () => {
  it("npm run --silent cli -- --help prints the usage and nothing else", async () => {
    const help = npmCli(["--help"]);
    expect(help).toEqual({ code: 0, stdout: `${await usage()}\n`, stderr: "" });
  });

  /** Every file loaded by a run that imports these chunks: each one's static imports, transitively. */
  function loadedBy(chunks: Record<string, Chunk>, start: string[]): string[] {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      chunks[name].static.forEach(visit);
    };
    start.forEach(visit);
    return [...seen].flatMap((name) => chunks[name].inputs);
  }

  it("loads only what a command needs", async () => {
    await ensureBundle();
    const { entry, chunks } = currentChunks();
    const chunkOf = (source: string) => {
      const found = Object.entries(chunks).find(([, c]) => c.entryPoint === source);
      if (!found) throw new Error(`no chunk for ${source}`);
      return found[0];
    };
    const help = loadedBy(chunks, [entry, chunkOf("src/apps/cli/leverArgs.ts")]);
    const analyze = loadedBy(chunks, [entry, chunkOf("src/apps/cli/analyzeCommand.ts")]);
    const whatIf = loadedBy(chunks, [entry, chunkOf("src/apps/cli/analyzeCommand.ts"), chunkOf("src/apps/cli/leverArgs.ts"), chunkOf("src/core/whatIf/whatIfStep.ts")]);
    const sample = loadedBy(chunks, [entry, chunkOf("src/apps/cli/sampleCommand.ts")]);

    const all = Object.values(chunks).flatMap((c) => c.inputs);
    expect(all.filter((f) => /^src\/(taskpane|preview)\/|node_modules\/(react|react-dom|@fluentui)\//.test(f))).toEqual([]);
    expect(help.filter((f) => /node_modules\/(exceljs|jszip)\//.test(f))).toEqual([]);
    expect(help).not.toContain("src/apps/cli/analyzeCommand.ts");

    const whatIfCode = ["src/apps/cli/leverArgs.ts", "src/core/whatIf/whatIfStep.ts", "src/core/whatIf/levers.ts", "src/core/whatIf/whatIf.ts", "src/core/whatIf/whatIfNote.ts"];
    expect(analyze).toContain("src/core/pricing/analyze.ts");
    expect(analyze.filter((f) => whatIfCode.includes(f) || f === "src/core/workbook/sample.ts")).toEqual([]);
    expect(whatIf).toEqual(expect.arrayContaining(whatIfCode));
    expect(sample).toContain("src/core/workbook/sample.ts");
    expect(sample).not.toContain("src/apps/cli/analyzeCommand.ts");
  });
});
