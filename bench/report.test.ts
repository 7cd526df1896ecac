import { describe, expect, it } from 'vitest';
import { check, formatValue, ratioSummary, summarise } from './report.ts';

describe('ratioSummary (Masar ÷ TimelineJS3, from the same run)', () => {
  it('divides the medians', () => {
    const masar = summarise([{ value: 300 }, { value: 400 }, { value: 500 }]);
    const peer = summarise([{ value: 1000 }, { value: 800 }, { value: 900 }]);
    const ratio = ratioSummary(masar, peer);
    expect(ratio.median).toBeCloseTo(400 / 900);
    expect(check('20', 'firstEventRatio', ratio, 0.6).ok).toBe(true);
    expect(check('20', 'firstEventRatio', ratio, 0.4).ok).toBe(false);
  });

  it('is unknown and over budget when the peer timed out', () => {
    const masar = summarise([{ value: 300 }]);
    const peer = summarise([{ value: null, timedOut: true, note: 'timeout after 60 s' }]);
    const ratio = ratioSummary(masar, peer);
    expect(ratio.median).toBeNull();
    const verdict = check('10000', 'firstEventRatio', ratio, 0.04);
    expect(verdict.ok).toBe(false);
    expect(verdict.why).toContain('TimelineJS3: timeout after 60 s');
  });

  it('prints with three decimals', () => {
    expect(formatValue(0.04449, 'ratio')).toBe('0.044');
  });
});

describe('check', () => {
  it("takes a score's budget as a floor and a time's as a ceiling", () => {
    const score = summarise([{ value: 97 }]);
    expect(check('shipped', 'lighthousePerformance', score, 100).ok).toBe(false);
    expect(check('shipped', 'lighthousePerformance', score, 95).ok).toBe(true);
    const time = summarise([{ value: 97 }]);
    expect(check('shipped', 'firstEventMs', time, 100).ok).toBe(true);
    expect(check('shipped', 'firstEventMs', time, 95).ok).toBe(false);
  });
});
