/**
 * The timeline with what belongs to it on the page: the toolbar, the overview strip of the whole
 * span, the keys explained, the live region that reads where the keyboard or the window went,
 * and the legend.
 */
import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { civilOf, dayOf } from '../domain/calendar.ts';
import { axisLabel, formatPartialDate } from '../domain/formatDate.ts';
import { LANGUAGES } from '../domain/languages.ts';
import { withDigits, type Digits } from '../domain/displayPrefs.ts';
import { useDisplay } from '../components/display.ts';
import type { PartialDate } from '../domain/partialDate.ts';
import type { Forum } from '../domain/schema.ts';
import type { TimelineHandle, TimelineProps } from '../timeline/Timeline.tsx';
import { positionOf } from '../timeline/timelineData.ts';
import { densityBins } from '../timeline/overview.ts';
import { OverviewStrip } from '../timeline/OverviewStrip.tsx';
import { extent } from '../timeline/windowing.ts';
import { sameWindow, type DayWindow } from '../timeline/visTime.ts';
import { spanOfWindow, type useTimelineWindow } from '../timeline/useTimelineWindow.ts';
import { Legend } from '../components/Legend.tsx';
import { TimelineToolbar } from '../components/TimelineToolbar.tsx';
import { TimelinePane } from './TimelinePane.tsx';

type Pane = Omit<
  TimelineProps,
  | 'ref'
  | 'label'
  | 'roleDescription'
  | 'describedBy'
  | 'formatAxis'
  | 'initialWindow'
  | 'refitFor'
  | 'onWindowChange'
  | 'onWindowMove'
  | 'wheelHint'
>;

interface TimelineSectionProps extends Pane {
  /** Not usable yet (the prerendered page before the app has hydrated it). */
  inert?: boolean;
  timelineRef: RefObject<TimelineHandle | null>;
  /** Steers the timeline's window (useTimelineWindow). */
  steer: ReturnType<typeof useTimelineWindow>;
  forums: readonly Forum[];
  /** What the date field shows: the focused day from the link, or the month or year gone to. */
  date?: PartialDate;
  /** What the live region reads: where the keyboard's cursor or the window went. */
  announcement: string;
  onStep(direction: 1 | -1): void;
  onFit(): void;
  onGoToDate(value: PartialDate): void;
}

/** Bars across the overview strip: a few pixels each on a phone, still a shape on a desktop. */
const OVERVIEW_BINS = 120;
const TICK_YEARS = [1, 2, 5, 10, 20, 25, 50, 100, 200];

/** Year labels for the strip, at a round step that leaves at most six of them. */
function yearTicks(span: DayWindow, digits: Digits) {
  const first = civilOf(Math.ceil(span.start)).year;
  const last = civilOf(Math.floor(span.end)).year;
  const step = TICK_YEARS.find((y) => (last - first) / y <= 6) ?? 500;
  const ticks = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const day = dayOf(year, 1, 1);
    if (day >= span.start && day <= span.end)
      ticks.push({ at: day, label: withDigits(String(year), digits) });
  }
  return ticks;
}

export function TimelineSection({
  inert = false,
  timelineRef,
  steer,
  forums,
  date,
  announcement,
  onStep,
  onFit,
  onGoToDate,
  ...pane
}: TimelineSectionProps) {
  const { t } = useTranslation();
  const { lang, data, selectedId } = pane;
  const display = useDisplay();
  const selected = positionOf(data, selectedId);
  const count = data.events.length;

  // The window on screen, followed frame by frame while it moves, for the strip's handle.
  const [live, setLive] = useState<DayWindow>();
  const frame = useRef(0);
  // The window last given to the handle: vis-timeline reports a move again 200 ms after it
  // (rangechanged), and that same window would re-render the toolbar and the strip for nothing.
  const followed = useRef<DayWindow | undefined>(undefined);
  const follow = (w: DayWindow, now = false) => {
    if (sameWindow(followed.current, w) && !(now && frame.current)) return;
    followed.current = w;
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    if (now) setLive(w);
    else
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        setLive(w);
      });
  };
  // While the strip's handle is dragged it shows where the pointer put it: following the
  // timeline's reports too would re-render this section every frame for nothing.
  const stripDragging = useRef(false);
  // Counted by binary search over the shown events' first days: cheap at 100,000 events.
  const whole = useMemo(() => extent(data), [data]);
  const bins = useMemo(
    () => (whole ? densityBins(data.from, whole, OVERVIEW_BINS) : new Uint32Array(0)),
    [data, whole],
  );
  const ticks = useMemo(
    () => (whole ? yearTicks(whole, display.digits) : []),
    [whole, display.digits],
  );

  return (
    <section
      aria-label={t('timeline.region')}
      className="masar-timeline-section flex flex-col gap-2"
      inert={inert}
    >
      <TimelineToolbar
        onZoomIn={steer.zoomIn}
        onZoomOut={steer.zoomOut}
        onFit={onFit}
        onPrevious={() => onStep(-1)}
        onNext={() => onStep(1)}
        canPrevious={count > 0 && selected !== 0}
        canNext={count > 0 && selected < count - 1}
        date={date}
        lang={lang}
        onGoToDate={onGoToDate}
      />
      <div className="h-80 md:h-[26rem]">
        <TimelinePane
          ref={timelineRef}
          {...pane}
          initialWindow={steer.initialWindow}
          refitFor={steer.refitFor}
          onWindowChange={(w, byUser) => {
            if (!stripDragging.current) follow(w);
            steer.onWindowChange(w, byUser);
          }}
          // A jump is drawn at once (a refit, a step): the handle goes with it, in that frame.
          onWindowMove={(w, jumped) => {
            if (!stripDragging.current) follow(w, jumped);
          }}
          id="timeline"
          label={t('timeline.region')}
          roleDescription={t('timeline.roleDescription')}
          describedBy="timeline-keys"
          wheelHint={t('timeline.wheelHint')}
          digits={display.digits}
          formatAxis={(at, scale, major) => axisLabel(at, scale, lang, { ...display, major })}
        />
      </div>
      {whole && (
        <OverviewStrip
          extent={whole}
          bins={bins}
          window={live}
          dir={LANGUAGES[lang].dir}
          label={t('timeline.overview')}
          valueText={(w) => {
            const span = spanOfWindow(w);
            return t('timeline.overviewValue', {
              start: formatPartialDate(span.start, lang, display),
              end: formatPartialDate(span.end, lang, display),
            });
          }}
          onWindowChange={(w, phase) => {
            stripDragging.current = phase === 'move';
            steer.moveTo(w, phase);
            if (phase === 'end') follow(w, true);
          }}
          ticks={ticks}
        />
      )}
      <p id="timeline-keys" className="text-xs text-muted">
        {t('timeline.keys')}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <Legend forums={forums} lang={lang} />
    </section>
  );
}
