import { describe, expect, it } from 'vitest';
import { draftId } from './draftId.ts';

describe('draftId', () => {
  it('joins date, two actors and type in ASCII', () => {
    expect(draftId({ date: '2025-06-11', actors: ['putin', 'xi', 'ushakov'], type: 'call' })).toBe(
      '2025-06-11-putin-xi-call',
    );
  });

  it('uses the start of a range, and "undated" when the year is missing', () => {
    expect(
      draftId({ date: { start: '2025-01', end: '2025-06' }, actors: ['putin'], type: 'visit' }),
    ).toBe('2025-01-putin-visit');
    expect(draftId({ date: 'YYYY-03-30', actors: [], type: null })).toBe('undated-event');
  });
});
