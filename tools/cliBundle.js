/**
 * The command line's JavaScript bundle (issue 14), which `npm run cli` and `npm run demo` run
 * (tools/cli.js) instead of compiling the TypeScript at every start.
 *
 * esbuild bundles src/apps/cli/bin.ts with everything it imports, packages included (ExcelJS alone is
 * 660 files to resolve and read when required from node_modules), as ES modules split at every
 * `import()`, so a command loads only its own code. It is built on demand and rebuilt whenever
 * it may be stale: when any file it was made from (every input in esbuild's metafile), any folder
 * holding one of our sources (a new file there can change what an import resolves to), this file,
 * tsconfig.json or package.json differs from when it was built (modification and change times and
 * size, not "newer than": a file put back with an older time counts too). Our sources are
 * fingerprinted just before esbuild reads them, so an edit during a build is seen at the next run.
 *
 * Each build goes to a folder of its own under dist-cli/ (gitignored) and build.json, written
 * last and atomically, names the current one: two runs building at once (parallel tests) each get a
 * complete bundle, and a run still going keeps its chunks while a newer build takes over.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DEFAULTS = { root: ROOT, entry: "src/apps/cli/bin.ts", outdir: "dist-cli" };
const STAMP = "build.json";
/** Raised when build.json's shape or the build options change, so older stamps count as stale. */
const FORMAT = 1;
/** Earlier builds are removed once this old: no command run still loads a chunk from them by then. */
const KEEP_OLD_BUILDS_MS = 10 * 60 * 1000;

/**
 * ExcelJS and its packages are CommonJS: in an ES module bundle their `require("fs")` throws
 * "Dynamic require of "fs" is not supported" unless the module has a `require` of its own; this
 * banner is the workaround given in https://github.com/evanw/esbuild/issues/1921 and #946. No
 * `__dirname` is defined: no bundled package uses it, and one that did should fail loudly rather
 * than be handed the bundle's folder as its own.
 */
const BANNER = 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);';

/**
 * ExcelJS's index (lib/exceljs.nodejs.js) requires its streaming reader and writer at once, and
 * lib/doc/workbook.js its CSV module (exceljs 4.4.0); with them comes about half of the bundle's
 * code (fast-csv, dayjs, unzipper, archiver, tmp and their packages), none of which the command
 * line uses (it loads and writes whole workbooks in memory). Each is replaced by a stand-in that
 * requires the real module from node_modules on first use, so nothing is lost.
 */
const LAZY_EXCELJS_PARTS = /^\.\.?\/(csv\/csv|stream\/xlsx\/workbook-(reader|writer))$/;

const LAZY_NAMESPACE = "lazy-exceljs";

function lazyExcelJsParts() {
  return {
    name: "lazy-exceljs-parts",
    setup(build) {
      build.onResolve({ filter: LAZY_EXCELJS_PARTS }, (args) => {
        if (!/[\\/]exceljs[\\/]lib[\\/]/.test(args.importer)) return undefined;
        return { path: require.resolve(args.path, { paths: [args.resolveDir] }), namespace: LAZY_NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: LAZY_NAMESPACE }, (args) => ({
        loader: "js",
        contents: `// Stand-in for ${path.basename(args.path)}: the real module is loaded on first use (tools/cliBundle.js).
const file = ${JSON.stringify(args.path)};
let real;
const load = () => (real ??= require(file));
module.exports = new Proxy(function () {}, {
  construct: (_, args) => Reflect.construct(load(), args),
  apply: (_, self, args) => Reflect.apply(load(), self, args),
  get: (_, key) => load()[key],
});
`,
      }));
    },
  };
}

function withDefaults(options = {}) {
  return { ...DEFAULTS, ...options };
}

/** A file's or folder's modification and change times and size, or null when it is gone. */
function fingerprint(file) {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.ctimeMs}:${s.size}`;
  } catch {
    return null;
  }
}

/**
 * Why the bundle must be built, or null when the one on disk is fresh; with `file`, the path of
 * its entry. Costs one stat per input (about 750 for the real command line: a few milliseconds).
 */
function staleness(options) {
  const { root, entry, outdir } = withDefaults(options);
  const dir = path.resolve(root, outdir);
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(dir, STAMP), "utf8"));
  } catch {
    return { reason: "there is no bundle yet" };
  }
  if (stamp.format !== FORMAT || stamp.entry !== entry) return { reason: "the bundle was built with other options" };
  for (const output of stamp.outputs) {
    if (!fs.existsSync(path.join(dir, output))) return { reason: `${outdir}/${output} is missing` };
  }
  for (const [file, recorded] of Object.entries(stamp.inputs)) {
    const now = fingerprint(path.resolve(root, file));
    if (now !== recorded) return { reason: `${file} ${now === null ? "is gone" : "has changed"}` };
  }
  return { reason: null, file: path.join(dir, stamp.output) };
}

/** An esbuild plugin that fingerprints each of our sources, and its folder, just before reading it. */
function fingerprintReads(seen) {
  return {
    name: "fingerprint-reads",
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        const folder = path.dirname(args.path);
        if (!seen.has(folder)) seen.set(folder, fingerprint(folder));
        seen.set(args.path, fingerprint(args.path));
        const contents = await fs.promises.readFile(args.path, "utf8");
        return { contents, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
      });
    },
  };
}

/** Build the bundle now; resolves to the path of its entry. Throws esbuild's errors as they read. */
async function build(options) {
  const { root, entry, outdir } = withDefaults(options);
  const esbuild = require("esbuild");
  const dir = path.resolve(root, outdir);
  fs.mkdirSync(dir, { recursive: true });
  const id = `build-${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = path.join(dir, `.tmp-${id}`);
  // The builder's own files first: fingerprinted before the build, like the sources.
  const seen = new Map();
  for (const file of [__filename, path.join(root, "tsconfig.json"), path.join(root, "package.json"), require.resolve("esbuild/package.json")]) {
    seen.set(file, fingerprint(file));
  }
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      outdir: tmp,
      outExtension: { ".js": ".mjs" },
      entryNames: "[name]",
      chunkNames: "chunks/[name]-[hash]",
      banner: { js: BANNER },
      metafile: true,
      logLevel: "silent",
      plugins: [fingerprintReads(seen), lazyExcelJsParts()],
    });
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }

  for (const file of Object.keys(result.metafile.inputs)) {
    if (file.startsWith(`${LAZY_NAMESPACE}:`)) continue; // a stand-in, not a file
    const absolute = path.resolve(root, file);
    if (!seen.has(absolute)) seen.set(absolute, fingerprint(absolute));
  }
  const inputs = {};
  for (const [file, print] of seen) inputs[path.relative(root, file).split(path.sep).join("/")] = print;
  const outputs = Object.keys(result.metafile.outputs).map((file) =>
    path.relative(dir, path.resolve(root, file)).split(path.sep).join("/").replace(`.tmp-${id}/`, `${id}/`),
  );
  const output = `${id}/${path.basename(entry).replace(/\.tsx?$/, ".mjs")}`;
  fs.writeFileSync(path.join(tmp, "meta.json"), JSON.stringify(result.metafile));
  fs.renameSync(tmp, path.join(dir, id));
  const stampTmp = path.join(dir, `.${STAMP}.${id}`);
  fs.writeFileSync(stampTmp, `${JSON.stringify({ format: FORMAT, entry, output, outputs, inputs }, null, 1)}\n`);
  fs.renameSync(stampTmp, path.join(dir, STAMP));
  removeOldBuilds(dir, id);
  return path.join(dir, output);
}

/** Earlier builds (and builds that crashed half-way) once no run can still be using them. */
function removeOldBuilds(dir, current) {
  const now = Date.now();
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(current) || !/^(build-|\.tmp-build-|\.build\.json\.)/.test(name)) continue;
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > KEEP_OLD_BUILDS_MS) fs.rmSync(file, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/** The entry of a fresh bundle, built first when needed; `built` says why it was (null: it was fresh). */
async function ensureBundle(options) {
  const state = staleness(options);
  if (state.reason === null) return { file: state.file, built: null };
  return { file: await build(options), built: state.reason };
}

/**
 * The current build's chunks, each as its path in the build folder, the files it holds and the
 * chunks it imports, statically or by `import()` (for tests: which command loads what).
 */
function currentChunks(options) {
  const { root, outdir } = withDefaults(options);
  const dir = path.resolve(root, outdir);
  const stamp = JSON.parse(fs.readFileSync(path.join(dir, STAMP), "utf8"));
  const build = path.join(dir, path.dirname(stamp.output));
  const { outputs } = JSON.parse(fs.readFileSync(path.join(build, "meta.json"), "utf8"));
  // The metafile names outputs as they were written: in the build's temporary folder.
  const name = (file) => path.basename(path.dirname(file)) === "chunks" ? `chunks/${path.basename(file)}` : path.basename(file);
  const chunks = {};
  for (const [file, output] of Object.entries(outputs)) {
    if (!file.endsWith(".mjs")) continue;
    chunks[name(file)] = {
      inputs: Object.keys(output.inputs),
      static: output.imports.filter((i) => i.kind === "import-statement" && !i.external).map((i) => name(i.path)),
      dynamic: output.imports.filter((i) => i.kind === "dynamic-import" && !i.external).map((i) => name(i.path)),
      entryPoint: output.entryPoint ?? null,
    };
  }
  return { entry: path.basename(stamp.output), chunks };
}

module.exports = { ensureBundle, staleness, build, currentChunks, DEFAULTS };
