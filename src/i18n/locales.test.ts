import { describe, expect, it } from 'vitest';
import { IGNORED_REASONS } from '../url/ignored.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

// Plural suffixes differ by language (Arabic has six forms, English two): compare the stems.
const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations', () => {
  it('English has every key Arabic has, and no other', () => {
    expect(new Set(leaves(en as Tree).map(stem))).toEqual(new Set(leaves(ar as Tree).map(stem)));
  });

  it('every Arabic plural has the six forms Arabic grammar needs', () => {
    const keys = leaves(ar as Tree);
    const plurals = new Set(keys.filter((k) => k !== stem(k)).map(stem));
    for (const base of plurals) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
        expect(keys, `${base}_${form}`).toContain(`${base}_${form}`);
      }
    }
  });

  it('no text is empty', () => {
    for (const [name, tree] of [
      ['ar', ar],
      ['en', en],
    ] as const) {
      for (const key of leaves(tree as Tree)) {
        const value = key
          .split('.')
          .reduce<Tree | string>((t, k) => (t as Tree)[k] as Tree, tree as Tree);
        expect(String(value).trim(), `${name}:${key}`).not.toBe('');
      }
    }
  });

  it('every reason a link part can be ignored for is explained in both languages', () => {
    for (const reason of IGNORED_REASONS) {
      expect(ar.url.ignored, reason).toHaveProperty([reason]);
      expect(en.url.ignored, reason).toHaveProperty([reason]);
    }
  });
});
