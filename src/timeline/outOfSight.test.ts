import { describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import type { Timeline as VisTimeline } from 'vis-timeline/esnext';
import { addOutOfSight } from './outOfSight.ts';
import { applyDiff } from './visItems.ts';
import type { VisItem } from './windowing.ts';

const asTimeline = (fake: object) => fake as unknown as VisTimeline;
const JAN_2026 = Date.UTC(2026, 0, 1);
const MAR_2026 = Date.UTC(2026, 2, 1);

function item(id: string, start: number, content = id): VisItem {
  return { id, content, start, type: 'box', className: '', colours: [] };
}

describe('addOutOfSight', () => {
  it('shows vis-timeline a window far beyond every event while adding, of the same width', () => {
    const fake = { range: { start: JAN_2026, end: MAR_2026 } };
    let during: { start: number; end: number } | undefined;
    addOutOfSight(asTimeline(fake), () => {
      during = { ...fake.range };
    });
    expect(during?.start).toBeGreaterThan(Date.UTC(270000, 0, 1));
    expect((during?.end ?? 0) - (during?.start ?? 0)).toBe(MAR_2026 - JAN_2026);
    expect(fake.range).toEqual({ start: JAN_2026, end: MAR_2026 });
  });

  it('puts the window back when adding fails', () => {
    const fake = { range: { start: JAN_2026, end: MAR_2026 } };
    expect(() =>
      addOutOfSight(asTimeline(fake), () => {
        throw new Error('bad item');
      }),
    ).toThrow('bad item');
    expect(fake.range).toEqual({ start: JAN_2026, end: MAR_2026 });
  });

  it('just adds when there is no timeline or its range is not what it expects', () => {
    let added = 0;
    addOutOfSight(null, () => added++);
    addOutOfSight(asTimeline({}), () => added++);
    addOutOfSight(asTimeline({ range: { start: new Date(), end: new Date() } }), () => added++);
    expect(added).toBe(3);
  });
});

describe('applyDiff', () => {
  it('adds only new items inside `adding`; changes and removals happen outside it', () => {
    const items = new DataSet<VisItem, 'id'>([item('kept', JAN_2026), item('gone', JAN_2026)]);
    items.add(item('renamed', JAN_2026, 'old title'));
    const inside: string[] = [];
    let adding = false;
    items.on('*', (event, properties) => {
      const ids = (properties as { items: string[] }).items;
      for (const id of ids) inside.push(`${event} ${id} ${adding ? 'inside' : 'outside'}`);
    });
    applyDiff(
      items,
      [item('kept', JAN_2026), item('renamed', JAN_2026, 'new title'), item('new', MAR_2026)],
      (add) => {
        adding = true;
        add();
        adding = false;
      },
    );
    expect(inside.sort()).toEqual([
      'add new inside',
      'remove gone outside',
      'update renamed outside',
    ]);
    expect(items.get('renamed')?.content).toBe('new title');
  });

  it('an item that loses its alignment or its end loses them in the timeline too', () => {
    const items = new DataSet<VisItem, 'id'>([
      { ...item('edge', JAN_2026), align: 'left' },
      { ...item('span', JAN_2026), type: 'range', end: MAR_2026 },
    ]);
    const remade = applyDiff(items, [item('edge', JAN_2026), item('span', JAN_2026)]);
    expect(items.get('edge')?.align).toBeUndefined();
    expect(items.get('span')).not.toHaveProperty('end');
    expect(items.get('span')?.type).toBe('box');
    // Made anew, so the timeline can select it again if it was the selected one.
    expect(remade).toEqual(['span']);
  });

  it('does not call `adding` when nothing is new', () => {
    const items = new DataSet<VisItem, 'id'>([item('kept', JAN_2026)]);
    let calls = 0;
    applyDiff(items, [item('kept', JAN_2026)], () => calls++);
    expect(calls).toBe(0);
  });
});
