/** `node -r ./bench/peakMemory.js …`: writes the process's peak resident memory (bytes) to $PEAK_MEMORY_FILE on exit. */
"use strict";
const fs = require("node:fs");

process.on("exit", () => {
  if (process.env.PEAK_MEMORY_FILE) fs.writeFileSync(process.env.PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS * 1024));
});
