/**
 * One compile of a data folder, as the CLI and the Vite plugin both do it: read, compile, write
 * atomically (or only check), and word the outcome. File access and the clock come in as
 * arguments so tests can run it against a temporary folder and a frozen clock.
 */
import type { CompileResult } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';

export interface RunOptions {
  /** The data folder, as it should appear in messages (e.g. "data"). */
  dataDir: string;
  outFile: string;
  /** Validate only; write nothing. */
  check: boolean;
}

export interface RunDeps {
  /** Reads and compiles the folder (compileDir on disk, or compile() over files in tests). */
  compileData(dataDir: string): CompileResult | Promise<CompileResult>;
  /** @returns false when the file already had this content */
  writeFile(path: string, content: Uint8Array): boolean;
  /** Milliseconds from any fixed origin. */
  now(): number;
}

export type RunOutcome =
  /** wrote: whether the output file changed (false with --check or identical content) */
  { ok: true; summary: string; wrote: boolean } | { ok: false; errors: string[]; summary: string };

export async function runCompile(options: RunOptions, deps: RunDeps): Promise<RunOutcome> {
  const started = deps.now();
  const result = await deps.compileData(options.dataDir);
  if (!result.ok) {
    const fileCount = new Set(result.errors.map((e) => e.path)).size;
    const count = `${plural(result.errors.length, 'error')} in ${plural(fileCount, 'file')}`;
    const kept = options.check ? '' : `; ${options.outFile} was left as it was`;
    return { ok: false, errors: result.errors.map(formatDiagnostic), summary: `${count}${kept}` };
  }
  const wrote = options.check ? false : deps.writeFile(options.outFile, result.bytes);
  const { events, actors, forums } = result.counts;
  const counts = `${plural(events, 'event')}, ${plural(actors, 'actor')}, ${plural(forums, 'forum')}`;
  const ms = Math.round(deps.now() - started);
  const summary = options.check
    ? `checked ${counts} in ${ms} ms: no errors`
    : `compiled ${counts} in ${ms} ms → ${options.outFile}${wrote ? '' : ' (unchanged)'}`;
  return { ok: true, summary, wrote };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
