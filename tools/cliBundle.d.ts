/** Types of tools/cliBundle.js (the command line's bundle, issue 14) for the tests and the bench. */
export interface BundleOptions {
  /** The project folder (default: this repository). */
  root?: string;
  /** The entry, relative to root (default: src/apps/cli/bin.ts). */
  entry?: string;
  /** Where builds go, relative to root (default: dist-cli). */
  outdir?: string;
}

export interface Chunk {
  /** The files it holds, as esbuild's metafile names them (relative to the root). */
  inputs: string[];
  /** Chunks it imports when it loads, and those it may import later by `import()`. */
  static: string[];
  dynamic: string[];
  /** The module an `import()` (or the entry) of this chunk loads, or null for a shared chunk. */
  entryPoint: string | null;
}

export const DEFAULTS: Required<BundleOptions>;
/** Why the bundle must be built (null: fresh, and `file` is its entry). */
export function staleness(options?: BundleOptions): { reason: string | null; file?: string };
/** Builds now; resolves to the entry's path. */
export function build(options?: BundleOptions): Promise<string>;
/** The entry of a fresh bundle, built first when needed; `built` is why (null: it was fresh). */
export function ensureBundle(options?: BundleOptions): Promise<{ file: string; built: string | null }>;
/** The current build's entry chunk and every chunk, by its path in the build folder. */
export function currentChunks(options?: BundleOptions): { entry: string; chunks: Record<string, Chunk> };
