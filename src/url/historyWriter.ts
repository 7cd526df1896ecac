/**
 * Turns a stream of view changes into history writes: a push happens at once; a replace waits
 * until the view has been still for REPLACE_DELAY_MS. A pan or zoom changes the view many times a
 * second, and browsers cap history calls (Safari throws after 100 in 30 s, Chrome drops them).
 */
import type { ViewState } from '../domain/viewState.ts';
import { pushView, replaceView } from './history.ts';
import type { WriteMode } from './history.ts';

export const REPLACE_DELAY_MS = 250;

export interface HistoryWrites {
  push(state: ViewState): unknown;
  replace(state: ViewState): unknown;
}

export interface HistoryWriter {
  write(state: ViewState, mode: WriteMode): void;
  /** Writes a waiting replace now (before leaving, or before a push). */
  flush(): void;
  /** Forgets a waiting replace: after Back or Forward it would land on the wrong entry. */
  cancel(): void;
}

export function createHistoryWriter(
  writes: HistoryWrites = { push: pushView, replace: replaceView },
  delayMs = REPLACE_DELAY_MS,
): HistoryWriter {
  let waiting: { state: ViewState; timer: ReturnType<typeof setTimeout> } | undefined;
  const cancel = () => {
    if (waiting) clearTimeout(waiting.timer);
    waiting = undefined;
  };
  const flush = () => {
    const state = waiting?.state;
    cancel();
    if (state) writes.replace(state);
  };
  return {
    write(state, mode) {
      if (mode === 'push') {
        // The entry being left keeps the view it last showed, so Back returns to exactly that.
        flush();
        writes.push(state);
        return;
      }
      cancel();
      waiting = { state, timer: setTimeout(flush, delayMs) };
    },
    flush,
    cancel,
  };
}
