import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW } from '../domain/viewState.ts';
import type { ViewState } from '../domain/viewState.ts';
import { createHistoryWriter, REPLACE_DELAY_MS } from './historyWriter.ts';

const at = (start: string): ViewState => ({ ...DEFAULT_VIEW, range: { start, end: '2026' } });

describe('history writer', () => {
  let log: string[];
  const writer = () =>
    createHistoryWriter({
      push: (s) => log.push(`push ${s.range?.start ?? ''}${s.event ?? ''}`),
      replace: (s) => log.push(`replace ${s.range?.start ?? ''}`),
    });

  beforeEach(() => {
    log = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('writes one replace for a burst of pan steps, once the view is still', () => {
    const w = writer();
    for (const year of ['2020', '2021', '2022', '2023']) {
      w.write(at(year), 'replace');
      vi.advanceTimersByTime(REPLACE_DELAY_MS / 2);
    }
    expect(log).toEqual([]);
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(log).toEqual(['replace 2023']);
  });

  it('pushes at once, after settling the entry it leaves', () => {
    const w = writer();
    w.write(at('2020'), 'replace');
    w.write({ ...at('2020'), event: 'e1' }, 'push');
    expect(log).toEqual(['replace 2020', 'push 2020e1']);
    vi.runAllTimers();
    expect(log).toHaveLength(2);
  });

  it('forgets a waiting replace when cancelled, and writes it when flushed', () => {
    const w = writer();
    w.write(at('2020'), 'replace');
    w.cancel();
    vi.runAllTimers();
    expect(log).toEqual([]);
    w.write(at('2021'), 'replace');
    w.flush();
    expect(log).toEqual(['replace 2021']);
  });
});
