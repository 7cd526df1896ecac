import { describe, expect, it } from 'vitest';
import { dayNumber } from '../domain/calendar.ts';
import { buildEventDays } from '../domain/eventDays.ts';
import { SAMPLE } from '../domain/testFixtures.ts';
import { positionOf, timelineData } from './timelineData.ts';

describe('timelineData', () => {
  it('holds the picked events with the days their dates cover, and the longest span', () => {
    const days = buildEventDays(SAMPLE);
    const picked = SAMPLE.events.flatMap((_, i) => (i % 2 === 0 ? [i] : []));
    const data = timelineData(SAMPLE.events, days, Uint32Array.from(picked));
    expect(data.events.map((e) => e.id)).toEqual(picked.map((i) => SAMPLE.events[i]?.id));
    data.events.forEach((event, k) => {
      expect(data.from[k]).toBe(dayNumber(event.from));
      expect(data.to[k]).toBe(dayNumber(event.to));
    });
    const spans = data.events.map((e) => dayNumber(e.to) - dayNumber(e.from));
    expect(data.maxSpan).toBe(Math.max(0, ...spans));
    expect(positionOf(data, data.events[1]?.id)).toBe(1);
    expect(positionOf(data, 'nope')).toBe(-1);
  });
});
