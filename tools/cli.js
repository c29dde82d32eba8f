#!/usr/bin/env node
/**
 * `npm run cli -- …` and `npm run demo`: the command line from its JavaScript bundle
 * (tools/cliBundle.js), built first if there is none or any file it is made from has changed.
 * The build prints nothing, so the output is the command's alone; only a failed build speaks.
 */
"use strict";
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { ensureBundle, DEFAULTS } = require("./cliBundle");

// Node 22.1 and later keep V8's compiled code between runs (module.enableCompileCache,
// https://nodejs.org/api/module.html#moduleenablecompilecachecachedir); Node 20 has none: a no-op there.
require("node:module").enableCompileCache?.(path.join(DEFAULTS.root, DEFAULTS.outdir, "compile-cache"));

ensureBundle().then(
  ({ file }) => import(pathToFileURL(file).href),
  (error) => {
    process.stderr.write(`The command line could not be built from src/ (tools/cliBundle.js):\n${error.message}\n`);
    process.exitCode = 2;
  },
);
