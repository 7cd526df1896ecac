/**
 * Checks one parsed file against its zod schema and words every issue for a curator:
 * a missing field, an unknown key (with a did-you-mean), a value of the wrong kind.
 */
import { z } from 'zod';
import type { FieldPath, Problem } from './diagnostic.ts';
import { suggestion } from './didYouMean.ts';
import { controlCharacterProblem } from './controlCharacters.ts';
import { quote } from './bounds.ts';

type Issue = z.core.$ZodIssue;

export type ShapeResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function checkShape<S extends z.ZodType>(schema: S, raw: unknown): ShapeResult<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) describe(issue, [], schema, raw, problems);
  return { ok: false, problems };
}

const LANGUAGES: Record<string, string> = { ar: 'Arabic', en: 'English' };

function describe(
  issue: Issue,
  base: FieldPath,
  schema: z.ZodType,
  raw: unknown,
  out: Problem[],
): void {
  const field = [...base, ...(issue.path as (string | number)[])];
  const value = valueAt(raw, field);

  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(objectShapeAt(schema, field) ?? {});
    for (const key of issue.keys) {
      const hint = suggestion(key, known);
      const allowed = hint === '' && known.length > 0 ? ` (allowed: ${known.join(', ')})` : '';
      out.push({
        field: [...field, key],
        anchor: 'key',
        message: `unknown field${hint}${allowed}`,
      });
    }
    return;
  }

  if (value === undefined && isPlainObject(valueAt(raw, field.slice(0, -1)))) {
    const last = field[field.length - 1];
    const language = typeof last === 'string' ? LANGUAGES[last] : undefined;
    const message =
      language !== undefined && field.length > 1
        ? `the ${language} text is missing`
        : 'required field is missing';
    out.push({ field, anchor: 'parent', message });
    return;
  }

  if (issue.code === 'invalid_union' && isPlainObject(value)) {
    // A mapping given where a union allows one object shape (a date range): report what is wrong
    // inside that object instead of the union's generic message.
    const objectBranches = issue.errors.filter((branch) => !branch.some(isRootTypeMismatch));
    if (objectBranches.length === 1) {
      for (const inner of objectBranches[0] ?? []) describe(inner, field, schema, raw, out);
      return;
    }
  }

  if (issue.code === 'invalid_format' && typeof value === 'string') {
    const control = controlCharacterProblem(value);
    if (control !== undefined) {
      out.push({ field, anchor: 'value', message: control });
      return;
    }
  }

  out.push({ field, anchor: 'value', message: curatorWording(issue, field, value) });
}

const KINDS: Record<string, string> = {
  object: 'a set of fields (key: value lines)',
  array: 'a list (lines starting with "- ")',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

/** The schema's own messages are already worded for curators; zod's defaults are not. */
function curatorWording(issue: Issue, field: FieldPath, value: unknown): string {
  if (!issue.message.startsWith('Invalid input')) {
    // An enum names what is allowed; also say what was found.
    return issue.code === 'invalid_value'
      ? `${issue.message}, not ${kindOf(value)}`
      : issue.message;
  }
  if (issue.code === 'invalid_type') {
    const expected = KINDS[issue.expected] ?? issue.expected;
    const what = field.length === 0 ? 'the file must hold' : 'must be';
    return `${what} ${expected}, not ${kindOf(value)}`;
  }
  return `is not valid here (${issue.message})`;
}

function isRootTypeMismatch(issue: Issue): boolean {
  return (
    issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_union')
  );
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function valueAt(raw: unknown, field: FieldPath): unknown {
  let v = raw;
  for (const part of field) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

/** The keys a strict object at `field` allows, found by walking the schema alongside the path. */
function objectShapeAt(schema: z.ZodType, field: FieldPath): Record<string, z.ZodType> | undefined {
  let candidates: z.ZodType[] = [schema];
  for (const part of field) {
    candidates = candidates.flatMap(unwrap).flatMap((s) => {
      if (s instanceof z.ZodObject && typeof part === 'string') {
        const next = (s.shape as Record<string, z.ZodType>)[part];
        return next === undefined ? [] : [next];
      }
      if (s instanceof z.ZodArray && typeof part === 'number') return [s.element as z.ZodType];
      return [];
    });
  }
  const object = candidates.flatMap(unwrap).find((s) => s instanceof z.ZodObject);
  return object === undefined ? undefined : (object.shape as Record<string, z.ZodType>);
}

function unwrap(s: z.ZodType): z.ZodType[] {
  if (s instanceof z.ZodOptional || s instanceof z.ZodNullable)
    return unwrap(s.unwrap() as z.ZodType);
  if (s instanceof z.ZodPipe) return unwrap(s.in as z.ZodType);
  if (s instanceof z.ZodUnion) return (s.options as z.ZodType[]).flatMap(unwrap);
  return [s];
}
