/**
 * Writes an event back into its YAML file touching as few bytes as it can: only the top-level
 * fields that changed are replaced (and inside `title`, `summary`, `place` and `basis`, only the
 * language that changed), spliced into the text at the ranges the `yaml` package's Document
 * reports, so every other line, comment and fold stays as the curator left it.
 */
import { Document, isCollection, isMap, isPair, isScalar, parseDocument, visit } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { parseYaml } from '../compiler/parseYaml.ts';
import type { EventValue } from './eventRow.ts';
import { EVENT_KEYS, canonical } from './eventRow.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Long texts read best as folded blocks, as curators write summaries. */
const FOLD_FROM = 80;
const LINE_WIDTH = 100;

/** Years are written bare (`date: 2026`), as curators write them; the compiler reads both. */
function yamlValue(key: string, v: unknown): unknown {
  const year = (s: unknown) => (typeof s === 'string' && /^\d{4}$/.test(s) ? Number(s) : s);
  if (key === 'date') return isRecord(v) ? { start: year(v.start), end: year(v.end) } : year(v);
  if (key === 'sources' && Array.isArray(v))
    return v.map((s: unknown) => (isRecord(s) ? { ...s, published: year(s.published) } : s));
  return v;
}

/** `key: value` as YAML lines at the given indent, without a final line break. */
function render(key: string, value: unknown, indent: number, flow = false): string {
  const doc = new Document({ [key]: yamlValue(key, value) });
  // A list or mapping written on one line (`actors: [putin, xi]`) stays on one line, spaced
  // as curators (and Prettier) write them: `{ ar: …, en: … }` but `[putin, xi]`.
  const node = doc.get(key, true);
  if (flow && isCollection(node)) node.flow = true;
  visit(doc, {
    Scalar(_, node) {
      if (
        typeof node.value === 'string' &&
        node.value.length > FOLD_FROM &&
        !/^\s|\s$/.test(node.value)
      )
        node.type = 'BLOCK_FOLDED';
    },
  });
  const pad = ' '.repeat(indent);
  return doc
    .toString({
      lineWidth: flow ? 0 : LINE_WIDTH - indent,
      indent: 2,
      flowCollectionPadding: isMap(node),
    })
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined);

interface Splice {
  from: number;
  to: number;
  text: string;
}

/** Where a pair's text starts and ends: from its key to the end of its value's last line. */
function pairRange(text: string, pair: Pair): [number, number] | undefined {
  const key = pair.key as { range?: [number, number, number] } | null;
  const value = pair.value as { range?: [number, number, number] } | null;
  const start = key?.range?.[0];
  const end = value?.range?.[1] ?? key?.range?.[1];
  if (start === undefined || end === undefined) return undefined;
  // Block collections end after their last line break; the splice keeps that break.
  let stop = end;
  while (stop > start && (text[stop - 1] === '\n' || text[stop - 1] === '\r')) stop--;
  return [start, stop];
}

function columnAt(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The splices that turn `map`'s pairs into `wanted`'s values for the given keys. */
function mapSplices(
  text: string,
  map: YAMLMap,
  old: Record<string, unknown>,
  wanted: Record<string, unknown>,
  keys: readonly string[],
  nested: boolean,
): Splice[] | undefined {
  const splices: Splice[] = [];
  const pairs = new Map<string, Pair>();
  for (const item of map.items)
    if (isPair(item) && keyOf(item) !== undefined) pairs.set(keyOf(item) as string, item);
  let appendAt = -1;
  let indent = 0;
  for (const item of map.items) {
    const range = isPair(item) ? pairRange(text, item) : undefined;
    if (range === undefined) return undefined;
    appendAt = Math.max(appendAt, range[1]);
    indent = columnAt(text, range[0]);
  }
  for (const key of keys) {
    const before = old[key];
    const after = wanted[key];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const pair = pairs.get(key);
    if (pair === undefined) {
      if (after === undefined) continue;
      if (appendAt < 0) return undefined;
      // After the last line's comment, if it has one, not between its value and that comment.
      const lineEnd = text.indexOf('\n', appendAt);
      const at = lineEnd < 0 ? text.length : lineEnd;
      splices.push({ from: at, to: at, text: `\n${render(key, after, indent)}` });
      continue;
    }
    const range = pairRange(text, pair);
    if (range === undefined) return undefined;
    if (after === undefined) {
      // Its whole lines, with the comment at their end: that comment was about the field.
      const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
      const lineEnd = text.indexOf('\n', range[1]);
      splices.push({ from: lineStart, to: lineEnd < 0 ? text.length : lineEnd + 1, text: '' });
      continue;
    }
    if (
      !nested &&
      isMap(pair.value) &&
      !pair.value.flow &&
      isRecord(before) &&
      isRecord(after) &&
      ['title', 'summary', 'place', 'basis'].includes(key)
    ) {
      const inner = mapSplices(text, pair.value, before, after, ['ar', 'en'], true);
      if (inner === undefined) return undefined;
      splices.push(...inner);
      continue;
    }
    const flow = isCollection(pair.value) && pair.value.flow === true;
    splices.push({
      from: range[0],
      to: range[1],
      text: render(key, after, columnAt(text, range[0]), flow).trimStart(),
    });
  }
  return splices;
}

/**
 * The file's new text with `wanted` written in, or the old text itself when nothing the sheet
 * carries has changed. Keys the sheet does not carry stay as they are.
 */
export function editEventYaml(text: string, wanted: EventValue): string {
  const parsed = parseYaml(text);
  const oldValue = parsed.ok && isRecord(parsed.value) ? parsed.value : {};
  const old = canonical(oldValue);
  const target = canonical(wanted);
  if (JSON.stringify(old) === JSON.stringify(target)) return text;
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length === 0 && isMap(doc.contents) && !doc.contents.flow) {
    const splices = mapSplices(text, doc.contents, old, target, EVENT_KEYS, false);
    if (splices !== undefined) {
      let out = text;
      for (const s of splices.sort((a, b) => b.from - a.from))
        out = out.slice(0, s.from) + s.text + out.slice(s.to);
      const check = parseYaml(out);
      // Trust the splice only if the file now says exactly what the row does.
      if (
        check.ok &&
        isRecord(check.value) &&
        JSON.stringify(canonical(check.value)) === JSON.stringify(target)
      )
        return out;
    }
  }
  const uncarried = Object.entries(oldValue).filter(
    ([k]) => !(EVENT_KEYS as readonly string[]).includes(k),
  );
  return newEventYaml({ ...target, ...Object.fromEntries(uncarried) });
}

/** A new event file: the carried keys in the README's order, long texts as folded blocks. */
export function newEventYaml(event: EventValue): string {
  const keys = [
    ...EVENT_KEYS,
    ...Object.keys(event).filter((k) => !(EVENT_KEYS as readonly string[]).includes(k)),
  ];
  return keys
    .filter((k) => event[k] !== undefined)
    .map((k) => `${render(k, event[k], 0)}\n`)
    .join('');
}
