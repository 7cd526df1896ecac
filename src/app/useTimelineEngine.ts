import { useCallback, useEffect, useState } from 'react';
import type TimelineComponent from '../timeline/Timeline.tsx';

// The timeline engine is the heaviest part of the bundle: the shell, filters and list paint first.
// App starts downloading it while the events load (preloadTimeline), so it is there when due.
export const preloadTimeline = () => import('../timeline/Timeline.tsx');

// Chromium (150 here) keeps a failed dynamic import in its module map: importing the same URL
// again rejects at once, without a request. A retry therefore asks for the chunk under a new URL,
// read from the first failure's message (Chromium and Firefox name the module there); where none
// is named, the plain import is tried again, which browsers without that cache honour.
const FAILED_MODULE = /(https?:\/\/[^\s'"]+\.js)/;
let failedUrl: string | undefined;

function loadTimeline(attempt: number): ReturnType<typeof preloadTimeline> {
  const load =
    attempt > 0 && failedUrl
      ? (import(/* @vite-ignore */ `${failedUrl}?retry=${attempt}`) as ReturnType<
          typeof preloadTimeline
        >)
      : preloadTimeline();
  return load.catch((error: unknown) => {
    failedUrl ??= FAILED_MODULE.exec(String(error))?.[1];
    throw error;
  });
}

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
    loadTimeline(attempt).then(
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
