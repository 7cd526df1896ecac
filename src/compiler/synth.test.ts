import { describe, expect, it } from 'vitest';
import type { Dataset, EventDetails, TimelineEvent } from '../domain/schema.ts';
import { compile, jsonText } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { SYNTH_TODAY, synthesise } from './synth.ts';

const asData = (files: ReturnType<typeof synthesise>) =>
  files.map((f) => ({ ...f, path: `data/${f.path}` }));

describe('synthesise', () => {
  it('is byte-for-byte reproducible for the same seed, and different for another seed', () => {
    const a = synthesise({ events: 300, seed: 7 });
    expect(synthesise({ events: 300, seed: 7 })).toEqual(a);
    const b = synthesise({ events: 300, seed: 8 });
    expect(b.map((f) => f.text)).not.toEqual(a.map((f) => f.text));
  });

  const files = synthesise({ events: 2000, seed: 1 });
  const result = compile(asData(files));

  it('compiles with zero errors', () => {
    expect(result.ok ? [] : result.errors.slice(0, 5).map(formatDiagnostic)).toEqual([]);
  });

  it('has a realistic spread of dates, precisions, ranges, statuses and references', () => {
    if (!result.ok) throw new Error('synthetic corpus must compile');
    // 2,000 events are below the inline limit: every event carries its details.
    const data = JSON.parse(jsonText(result)) as Omit<Dataset, 'events'> & {
      events: (TimelineEvent & EventDetails)[];
    };
    const events = data.events;
    expect(events).toHaveLength(2000);
    expect(data.actors.length).toBeGreaterThanOrEqual(35);
    expect(data.forums.length).toBeGreaterThanOrEqual(6);
    const years = events.map((e) => Number(e.from.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(1995);
    expect(Math.max(...years)).toBeGreaterThan(2026);
    // More events in recent decades.
    const count = (lo: number, hi: number) => years.filter((y) => y >= lo && y < hi).length;
    expect(count(2010, 2020)).toBeGreaterThan(count(1990, 2000) * 1.5);
    const share = (p: (e: (typeof events)[number]) => boolean) =>
      events.filter(p).length / events.length;
    expect(share((e) => e.date.precision === 'day')).toBeGreaterThan(0.6);
    expect(share((e) => e.date.precision === 'month')).toBeGreaterThan(0.05);
    expect(share((e) => e.date.precision === 'year')).toBeGreaterThan(0.02);
    expect(share((e) => e.date.end !== undefined)).toBeGreaterThan(0.05);
    expect(share((e) => e.date.end !== undefined)).toBeLessThan(0.15);
    expect(
      events.filter((e) => e.status === 'planned').every((e) => e.date.start > SYNTH_TODAY),
    ).toBe(true);
    expect(share((e) => e.status === 'planned')).toBeGreaterThan(0.02);
    expect(Math.max(...events.map((e) => e.actors.length))).toBe(4);
    expect(Math.max(...events.map((e) => e.forums.length))).toBe(2);
    expect(events.every((e) => e.sources.length >= 1 && e.sources.length <= 3)).toBe(true);
    expect(events.every((e) => e.summary.en.split('. ').length >= 2)).toBe(true);
  });
});
