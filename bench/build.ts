/**
 * Builds the app with `vite build` into node_modules/.cache/masar-bench/ and measures what a first visit downloads.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCommand } from './processes.ts';

export interface AssetSize {
  file: string;
  raw: number;
  /** gzip at zlib's default level (6). */
  gzip: number;
}

export interface BuildSizes {
  /** JS that index.html loads directly: the entry script and its modulepreloads (static imports). */
  initialJs: AssetSize[];
  /** CSS linked from index.html. */
  initialCss: AssetSize[];
  /** Every other JS and CSS file in the build: chunks loaded on demand (dynamic import). */
  lazyJs: AssetSize[];
  lazyCss: AssetSize[];
}

export interface BuildResult {
  outDir: string;
  ms: number;
  sizes: BuildSizes;
}

const VITE = 'node_modules/vite/bin/vite.js';

/**
 * `vite build` with the project's config (bench/vite.config.ts merges in only the output folder
 * and, optionally, a public folder that holds a corpus's JSON).
 */
export async function buildApp(options: {
  outDir: string;
  /** Public folder to build with; default: the project's public/. */
  publicDir?: string;
  timeoutMs: number;
}): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_OUT_DIR: options.outDir };
  if (options.publicDir) env.BENCH_PUBLIC_DIR = options.publicDir;
  else {
    // As `npm run build` does: the page's prerender reads public/data/events.json, which a fresh
    // clone does not have until the shipped data is compiled (unchanged files are not rewritten).
    const data = await runCommand(process.execPath, ['--import', 'tsx', 'src/compiler/cli.ts'], {
      timeoutMs: options.timeoutMs,
    });
    if (data.timedOut || data.code !== 0) {
      throw new Error(`npm run data failed before the build:\n${data.stderr || data.stdout}`);
    }
  }
  const args = [VITE, 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'];
  const result = await runCommand(process.execPath, args, { timeoutMs: options.timeoutMs, env });
  if (result.timedOut) throw new Error(`vite build timed out after ${options.timeoutMs / 1000} s`);
  if (result.code !== 0) {
    throw new Error(`vite build failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
  }
  return { outDir: options.outDir, ms: result.ms, sizes: measureBuild(options.outDir) };
}

/** A public folder with the project's public files and this corpus's compiled folder as data/. */
export function publicDirWith(jsonFile: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (existsSync('public')) {
    cpSync('public', dir, { recursive: true, filter: (src) => !src.startsWith('public/data') });
  }
  cpSync(dirname(jsonFile), join(dir, 'data'), { recursive: true });
  return dir;
}

function size(outDir: string, file: string): AssetSize {
  const bytes = readFileSync(join(outDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

export function measureBuild(outDir: string): BuildSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => posix.normalize((m[1] ?? '').replace(/^\//, '')));
  // Initial JS is what runs before the first paint: the entry script and what it imports
  // statically. A modulepreload link that names a lazy chunk (the timeline engine) only fetches it
  // early; it is evaluated when the app imports it, so it counts with the lazy chunks.
  const initialJs = new Set(refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g));
  for (const file of [...initialJs])
    for (const dep of staticImports(outDir, file)) initialJs.add(dep);
  const initialCss = new Set(refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g));
  const all = readdirSync(join(outDir, 'assets')).map((f) => `assets/${f}`);
  const pick = (ext: string, inSet: Set<string>, want: boolean) =>
    all.filter((f) => f.endsWith(ext) && inSet.has(f) === want).map((f) => size(outDir, f));
  return {
    initialJs: pick('.js', initialJs, true),
    initialCss: pick('.css', initialCss, true),
    lazyJs: pick('.js', initialJs, false),
    lazyCss: pick('.css', initialCss, false),
  };
}

/** Every chunk `file` imports statically, directly or not (never `import()`). */
export function staticImports(outDir: string, file: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(join(outDir, file), 'utf8');
  // Minified ES modules: import{a as b}from"./x.js" or import"./x.js"; import("./x.js") is lazy.
  for (const m of code.matchAll(/\bimport\s*(?:[\w{},\s*$]*?\s*from\s*)?["']([^"']+\.js)["']/g)) {
    const dep = posix.normalize(posix.join(posix.dirname(file), m[1] ?? ''));
    if (seen.has(dep)) continue;
    seen.add(dep);
    staticImports(outDir, dep, seen);
  }
  return seen;
}

export function total(assets: readonly AssetSize[], key: 'raw' | 'gzip'): number {
  return assets.reduce((sum, a) => sum + a[key], 0);
}
