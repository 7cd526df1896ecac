import { useCallback, useEffect, useState } from 'react';
import type TimelineComponent from '../timeline/Timeline.tsx';

// The timeline engine is the heaviest part of the bundle: the shell, filters and list paint first.
// App starts downloading it while the events load (preloadTimeline), so it is there when due.
export const preloadTimeline = () => import('../timeline/Timeline.tsx');

export type TimelineEngine =
  | { status: 'waiting' }
  | { status: 'ready'; Timeline: typeof TimelineComponent }
  | { status: 'failed'; retry(): void };

/**
 * The timeline component, once the page has painted once and its code has arrived. Not
 * React.lazy: React holds back what a Suspense boundary reveals by up to 300 ms (to batch
 * reveals), which was most of the wait for the first event on the timeline. A failed download
 * (offline before the engine was ever cached) leaves the rest of the page working and offers a
 * retry instead of taking the page down.
 */
export function useTimelineEngine(): TimelineEngine {
  const [due, setDue] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<
    { Timeline: typeof TimelineComponent } | 'failed' | undefined
  >();

  useEffect(() => {
    // Right after the next frame is painted (a task of its own), not at some later idle moment.
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setDue(true), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    if (!due) return;
    let live = true;
    preloadTimeline().then(
      (module) => live && setLoaded({ Timeline: module.default }),
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, [due, attempt]);

  const retry = useCallback(() => {
    setLoaded(undefined);
    setAttempt((n) => n + 1);
  }, []);

  if (loaded === 'failed') return { status: 'failed', retry };
  return due && loaded ? { status: 'ready', Timeline: loaded.Timeline } : { status: 'waiting' };
}
