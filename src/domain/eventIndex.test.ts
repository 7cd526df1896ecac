import { describe, expect, it } from 'vitest';
import { eventIndex } from './eventIndex.ts';
import { SAMPLE } from './testFixtures.ts';

describe('eventIndex', () => {
  it("gives each event's position by id, and nothing for an unknown id", () => {
    const data = SAMPLE;
    const index = eventIndex(data);
    expect(index.size).toBe(data.events.length);
    data.events.forEach((e, i) => expect(index.get(e.id)).toBe(i));
    expect(index.has('no-such-event')).toBe(false);
  });

  it('is built once per dataset, and afresh for a newer one', () => {
    const data = SAMPLE;
    expect(eventIndex(data)).toBe(eventIndex(data));
    const newer = { ...data, events: data.events.slice(1) };
    expect(eventIndex(newer)).not.toBe(eventIndex(data));
    expect(eventIndex(newer).has(data.events[0]?.id ?? '')).toBe(false);
  });
});
