import { describe, expect, it } from 'vitest';
import { Recent, dateProblem, firstDay, lastDay } from './dateMemo.ts';
import { dateProblem as dateProblemOf } from './dates.ts';
import { firstDay as firstDayOf, lastDay as lastDayOf } from '../domain/partialDate.ts';

describe('Recent', () => {
  it('answers a key again from memory, and again from the function once it is pushed out', () => {
    const asked: string[] = [];
    const recent = new Recent((key: string) => {
      asked.push(key);
      return key.length;
    }, 2);
    expect([recent.get('a'), recent.get('bb'), recent.get('a'), recent.get('bb')]).toEqual([
      1, 2, 1, 2,
    ]);
    expect(asked).toEqual(['a', 'bb']);
    recent.get('ccc'); // pushes out "a", the oldest
    expect(recent.get('a')).toBe(1);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('remembers nothing for a key whose answer throws', () => {
    let calls = 0;
    const recent = new Recent((key: string) => {
      calls++;
      if (key === 'bad') throw new RangeError('bad');
      return key;
    });
    expect(() => recent.get('bad')).toThrow(RangeError);
    expect(() => recent.get('bad')).toThrow(RangeError);
    expect(calls).toBe(2);
  });
});

describe('the remembered date answers', () => {
  it('are those of the functions they remember, in any order of asking', () => {
    const dates = ['2026', '2026-02', '2026-02-04', '2024-02-29', '2025-02-29', '2026-13', 'x'];
    for (let round = 0; round < 3; round++)
      for (const d of [...dates].reverse()) {
        expect(dateProblem(d)).toBe(dateProblemOf(d));
        if (dateProblemOf(d) !== undefined) {
          expect(() => firstDay(d)).toThrow();
          continue;
        }
        expect(firstDay(d)).toBe(firstDayOf(d));
        expect(lastDay(d)).toBe(lastDayOf(d));
      }
  });
});
