/**
 * The fast path: the subset reader in fastYaml.ts, then js-yaml (several times faster than `yaml`)
 * for anything outside that subset and for every syntax error.
 * CORE_SCHEMA keeps dates such as 2026-02-04 as text instead of turning them into instants,
 * exactly as YAML 1.2 and the `yaml` package read them.
 */
import jsyaml from 'js-yaml';
import type { Position } from './locate.ts';
import { fastParseYaml } from './fastYaml.ts';
import { LIMITS, escapeControls } from './bounds.ts';

export type ParsedYaml =
  { ok: true; value: unknown } | { ok: false; position: Position; message: string };

export function parseYaml(text: string): ParsedYaml {
  const fast = fastParseYaml(text);
  if (fast !== undefined) return { ok: true, value: fast.value };
  try {
    return { ok: true, value: jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) };
  } catch (error) {
    // js-yaml reads nested collections recursively: `[[[[…` a few thousand deep overflows the stack.
    if (error instanceof RangeError)
      return {
        ok: false,
        position: { line: 1, col: 1 },
        message: `the file nests lists or mappings too deeply to read; data files go five levels deep at most (the limit is ${LIMITS.depth}, see data/README.md, "Limits")`,
      };
    if (!(error instanceof jsyaml.YAMLException)) throw error;
    const mark = error.mark as { line?: number; column?: number } | undefined;
    // Reasons can quote the input (an unknown tag's name): never more than a short excerpt.
    const reason = excerpt(error.reason);
    return {
      ok: false,
      position: clamp(text, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1),
      message: `YAML syntax error: ${reason}${hintFor(error.reason)}`,
    };
  }
}

function excerpt(reason: string): string {
  const max = LIMITS.quote * 2;
  return escapeControls(reason.length > max ? `${reason.slice(0, max)}…` : reason);
}

// On a file cut short js-yaml may point one line past its end; point at the end instead.
function clamp(text: string, line: number, col: number): Position {
  const lines = text.split('\n');
  if (line <= lines.length) return { line, col };
  const last = lines[lines.length - 1] ?? '';
  return { line: lines.length, col: [...last].length + 1 };
}

// js-yaml's reasons are terse; the commonest ones get a word of advice.
function hintFor(reason: string): string {
  if (reason.startsWith('duplicated mapping key')) return ' (the same field appears twice)';
  if (reason.includes('bad indentation')) return ' (check the spaces at the start of this line)';
  if (reason.includes('tab characters')) return ' (indent with spaces, not tabs)';
  return '';
}
