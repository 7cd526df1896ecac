import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fastParseYaml } from './fastYaml.ts';
import { applyDamage, damage } from './damageArbitrary.ts';
import { caseChanges, readText, validFiles } from './fixtureFiles.ts';
import { readdirSync } from 'node:fs';
import { FIXTURES } from './fixtureFiles.ts';
import { join } from 'node:path';
import { synthesise } from './synth.ts';

type Reference = { ok: true; value: unknown } | { ok: false };
function reference(text: string): Reference {
  try {
    return { ok: true, value: jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

let answered = 0;
/** The one rule: when the fast reader answers, js-yaml gives exactly the same value. */
function agrees(text: string): boolean {
  const fast = fastParseYaml(text);
  if (fast === undefined) return true;
  answered++;
  const ref = reference(text);
  return ref.ok && isDeepStrictEqual(fast.value, ref.value);
}

const errorCases = readdirSync(join(FIXTURES, 'errors'));
const corpus = readText(fileURLToPath(new URL('../../data/', import.meta.url)), 'data');

describe('fastParseYaml', () => {
  it('reads every valid fixture, the synthetic corpus and the shipped corpus itself, as js-yaml does', () => {
    const texts = [...validFiles(), ...synthesise({ events: 200, seed: 5 }), ...corpus].map(
      (f) => f.text,
    );
    for (const text of texts) {
      const fast = fastParseYaml(text);
      expect(fast, text.slice(0, 200)).toBeDefined();
      expect(fast?.value).toEqual(
        reference(text).ok ? (reference(text) as { value: unknown }).value : 'js-yaml failed',
      );
    }
  });

  it('never accepts what js-yaml rejects, and agrees on every error fixture', () => {
    for (const name of errorCases)
      for (const f of caseChanges(name))
        if (typeof f.text === 'string') expect(agrees(f.text), f.path).toBe(true);
    expect(fastParseYaml('a: 1\na: 2\n')).toBeUndefined();
    expect(fastParseYaml('title:\n  ar: x\n   en: y\n')).toBeUndefined();
  });

  it('reads quoted text with and without escapes, and never accepts characters js-yaml refuses', () => {
    expect(fastParseYaml('t: "موسكو \\"بكين\\" \\u0041"\n')?.value).toEqual({
      t: 'موسكو "بكين" A',
    });
    expect(fastParseYaml('t: "قمة بريكس في قازان"\n')?.value).toEqual({ t: 'قمة بريكس في قازان' });
    for (const bad of ['\u0001', '\u007f', '\u0085\u0086', '\ud800', '\udc00x', '\ufffe']) {
      for (const text of [`t: "a${bad}b"\n`, `t: a${bad}b\n`, `t: [a${bad}b]\n`]) {
        expect(agrees(text), JSON.stringify(text)).toBe(true);
        if (reference(text).ok === false) expect(fastParseYaml(text)).toBeUndefined();
      }
    }
  });

  it('leaves number-like and special words to js-yaml or reads them the same way', () => {
    const words = [
      '012',
      '1e3',
      '0x1F',
      '1_000',
      '.5',
      '+1',
      '-1',
      '.inf',
      'null',
      'Null',
      '~',
      'True',
      'FALSE',
      'yes',
      'no',
      'on',
      '2026',
      '2026-02',
      '2026-02-04',
      '2026-02-04-call',
      '2026-13-45',
      '0',
      '00',
    ];
    for (const w of words) {
      expect(agrees(`v: ${w}\n`), w).toBe(true);
      expect(agrees(`v: [${w}, x]\n`), w).toBe(true);
      expect(agrees(`- ${w}\n`), w).toBe(true);
    }
  });

  it('reads block keys as js-yaml does, and leaves the keys it would resolve to js-yaml', () => {
    const keys = ['id', 'a_b', '_x', 'a-b', 'aB9', 'x-', '041', '1a', 'Null', 'True', 'A', 'é'];
    const odd = ['a.b', 'a b', '~', '-a', 'a:b', 'a :', '"q"', "'q'", 'a#b', 'a:  ', 'a:'];
    let answered = 0;
    for (const key of [...keys, ...odd])
      for (const text of [`${key}: v\n`, `- ${key}: v\n  k: w\n`, `m:\n  ${key}: v\n`]) {
        expect(agrees(text), JSON.stringify(text)).toBe(true);
        if (fastParseYaml(text) !== undefined) answered++;
      }
    // The plain lowercase keys at least must be read fast.
    expect(answered).toBeGreaterThanOrEqual(15);
    expect(fastParseYaml('a-b:   v\n')?.value).toEqual({ 'a-b': 'v' });
    expect(fastParseYaml('041: v\n')).toBeUndefined();
  });

  it('agrees with js-yaml on documents js-yaml writes in many styles', () => {
    const tricky = fc.constantFrom(
      '',
      ' ',
      ' lead',
      'trail ',
      'a: b',
      'a #b',
      '#x',
      '- x',
      '"q"',
      "it's",
      'x\ny',
      '\\',
      'tab\there',
      '\u202e',
      'مرحبا، عالم',
      '2026-02-04',
      '041',
      'null',
      'true',
      '~',
      '[a]',
      '{a: b}',
      'a,b',
      '|',
      '> x',
      '&a',
      '*a',
      '!t',
      '%',
      '@',
      '`',
    );
    const words = fc
      .array(
        fc.constantFrom(
          'Putin',
          'Xi',
          'meets',
          'في',
          'موسكو',
          'talks',
          'https://x.example/a',
          'v1.2',
        ),
        {
          minLength: 1,
          maxLength: 5,
        },
      )
      .map((w) => w.join(' '));
    const text = fc.oneof(
      { arbitrary: words, weight: 6 },
      { arbitrary: tricky, weight: 3 },
      { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
    );
    const scalar = fc.oneof(
      { arbitrary: text, weight: 8 },
      { arbitrary: fc.integer({ min: 0, max: 99999 }), weight: 2 },
      { arbitrary: fc.integer({ min: -5, max: -1 }), weight: 1 },
      { arbitrary: fc.boolean(), weight: 1 },
      { arbitrary: fc.constant(null), weight: 1 },
    );
    const key = fc.oneof(
      {
        arbitrary: fc.constantFrom(
          'id',
          'title',
          'ar',
          'en',
          'date',
          'a-b',
          'x_1',
          'n',
          'Null',
          '041',
        ),
        weight: 8,
      },
      { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    })).node;
    const style = fc.record({
      flowLevel: fc.constantFrom(-1, 0, 1, 2),
      quotingType: fc.constantFrom("'" as const, '"' as const),
      forceQuotes: fc.boolean(),
      lineWidth: fc.constantFrom(-1, 20, 80),
      indent: fc.constantFrom(2, 4),
    });
    answered = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), style, (v, s) => {
        const yaml = jsyaml.dump(v, { ...s, schema: jsyaml.CORE_SCHEMA });
        expect(agrees(yaml)).toBe(true);
      }),
      { numRuns: 4000, seed: 424242 },
    );
    // The comparison only means something if the fast reader answered for a good share of them.
    console.log(`fast reader answered ${answered} of 4000 dumped documents`);
    expect(answered).toBeGreaterThan(500);
  }, 30_000);

  it('agrees with js-yaml on randomly damaged data files', () => {
    const texts = [...validFiles(), ...corpus].map((f) => f.text);
    answered = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(damage, { minLength: 1, maxLength: 3 }), (pick, damages) => {
        const text = damages.reduce(applyDamage, texts[pick % texts.length] as string);
        expect(agrees(text)).toBe(true);
      }),
      { numRuns: 1500, seed: 99 },
    );
    console.log(`fast reader answered ${answered} of 1500 damaged files`);
    expect(answered).toBeGreaterThan(300);
  }, 30_000);
});
