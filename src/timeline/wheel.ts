/**
 * The wheel over the timeline, beyond what vis-timeline does itself (Ctrl + wheel zooms, the
 * plain wheel scrolls stacked cards and then the page, a sideways wheel pans).
 */
import type { Timeline } from 'vis-timeline/esnext';

interface WheelOptions {
  rtl: boolean;
  /** A sideways wheel panned the timeline: the reader moved it. */
  onPan(): void;
  /** A plain wheel scrolled the page (nothing left to scroll inside, no Ctrl). */
  onPlainWheel(): void;
}

/** Listens on the timeline's container; returns what stops listening. */
export function watchWheel(container: HTMLElement, timeline: Timeline, options: WheelOptions) {
  // vis-timeline pans on a sideways wheel (trackpad swipe, Shift + wheel) by the raw deltaX,
  // which in Arabic moves time against the fingers: the past is on the right. Mirror it here,
  // before vis-timeline sees the event.
  const sideways = (event: WheelEvent) => {
    if (!options.rtl || event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    event.stopPropagation();
    const { start, end } = timeline.getWindow();
    const shift = ((event.deltaX / 120) * (end.getTime() - start.getTime())) / 20;
    options.onPan();
    timeline.setWindow(start.getTime() - shift, end.getTime() - shift, { animation: false });
  };
  // After vis-timeline: an event it did not take (no preventDefault) went on to scroll the page.
  const plain = (event: WheelEvent) => {
    if (event.ctrlKey || event.defaultPrevented) return;
    if (Math.abs(event.deltaY) < Math.abs(event.deltaX)) return;
    options.onPlainWheel();
  };
  container.addEventListener('wheel', sideways, { capture: true, passive: false });
  container.addEventListener('wheel', plain, { passive: true });
  return () => {
    container.removeEventListener('wheel', sideways, { capture: true });
    container.removeEventListener('wheel', plain);
  };
}
