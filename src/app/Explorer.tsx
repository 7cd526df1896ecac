/**
 * The loaded app: derives filtered events from the view state and wires the filter panel, the
 * timeline, the list and the details panel together. All state that a link can carry lives in
 * the URL (src/url); what is kept here is only what a link does not carry.
 */
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, TimelineEvent } from '../domain/schema.ts';
import { clearedFilters, type DateSpan, type ViewState } from '../domain/viewState.ts';
import { applyFilters, buildFacetIndex, type FilterView } from '../domain/filters.ts';
import { buildNameIndex } from '../domain/searchIndex.ts';
import { useSearchIndex } from '../data/useSearchIndex.ts';
import { detailsSource } from '../data/eventDetails.ts';
import { useEventDetails } from '../data/useEventDetails.ts';
import { dayNumber, firstDay, lastDay } from '../domain/partialDate.ts';
import { eventsOnDay, nearestEvents } from '../domain/nearest.ts';
import { axisLabel, formatEventDate, formatPartialDate } from '../domain/formatDate.ts';
import type { Ignored } from '../url/ignored.ts';
import { defaultView } from '../url/viewStateQuery.ts';
import { linkTo } from '../url/history.ts';
import type { WriteMode } from '../url/history.ts';
import type { TimelineHandle, TimelineWindow } from '../timeline/Timeline.tsx';
import { timeIndexFromDays } from '../timeline/windowing.ts';
import { FilterPanel, type FilterPatch } from '../components/FilterPanel.tsx';
import { EventList } from '../components/EventList.tsx';
import { DetailsPanel } from '../components/DetailsPanel.tsx';
import { EmptyResults } from '../components/EmptyResults.tsx';
import { Legend } from '../components/Legend.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { TimelineToolbar } from '../components/TimelineToolbar.tsx';
import { RetryAlert } from '../components/RetryAlert.tsx';
import { useMediaQuery } from './useMediaQuery.ts';
import { useTimelineEngine } from './useTimelineEngine.ts';

const DAY_MS = 86_400_000;
/** Half-width of the window opened around a linked date or event. */
const FOCUS_HALF_SPAN_MS = 45 * DAY_MS;

type Update = (patch: Partial<ViewState>, mode: WriteMode) => void;

interface ExplorerProps {
  dataset: Dataset;
  state: ViewState;
  ignored: readonly Ignored[];
  onDismissIgnored(): void;
  update: Update;
}

/** A link that opens one event, whatever else the current view holds. */
function eventLink(id: string, lang: ViewState['lang']): string {
  return linkTo({ ...defaultView(), lang, event: id });
}

function msOfDay(isoDay: string): number {
  return dayNumber(isoDay) * DAY_MS;
}

function isoOfMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function windowOfSpan(span: DateSpan): TimelineWindow {
  return { start: msOfDay(firstDay(span.start)), end: msOfDay(lastDay(span.end)) + DAY_MS };
}

function initialWindow(
  state: ViewState,
  eventOf: (id: string) => TimelineEvent | undefined,
): TimelineWindow | undefined {
  if (state.range) return windowOfSpan(state.range);
  if (state.date) {
    const centre = msOfDay(state.date) + DAY_MS / 2;
    return { start: centre - FOCUS_HALF_SPAN_MS, end: centre + FOCUS_HALF_SPAN_MS };
  }
  const event = state.event ? eventOf(state.event) : undefined;
  if (event) {
    return {
      start: msOfDay(event.from) - FOCUS_HALF_SPAN_MS,
      end: msOfDay(event.to) + FOCUS_HALF_SPAN_MS,
    };
  }
  return undefined;
}

export function Explorer({ dataset, state, ignored, onDismissIgnored, update }: ExplorerProps) {
  const { t } = useTranslation();
  const lang = state.lang;
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  // Tailwind's md breakpoint: below it the filter panel folds behind a button.
  const wide = useMediaQuery('(min-width: 48rem)');
  const timelineRef = useRef<TimelineHandle>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [dateNoticeOpen, setDateNoticeOpen] = useState(true);
  // Keyboard position on the timeline; Enter opens it. Not in the URL: it is not a view.
  const [cursorId, setCursorId] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  // One id → position map serves every lookup (100,000 entries on a large corpus: built once).
  const indexById = useMemo(() => new Map(dataset.events.map((e, i) => [e.id, i])), [dataset]);
  const eventOf = useCallback(
    (id: string) => {
      const i = indexById.get(id);
      return i === undefined ? undefined : dataset.events[i];
    },
    [indexById, dataset],
  );
  const facetIndex = useMemo(() => buildFacetIndex(dataset), [dataset]);
  const details = useMemo(() => detailsSource(dataset), [dataset]);
  const searchIndex = useSearchIndex(dataset, lang, details, state.q !== '');
  const actorNames = useMemo(() => buildNameIndex(dataset.actors), [dataset]);
  const forumColour = useMemo(
    () => new Map(dataset.forums.map((f) => [f.id, f.colour])),
    [dataset],
  );

  // Typing stays responsive: the results follow the input at the next idle moment.
  const filterView: FilterView = useMemo(
    () => ({
      actors: state.actors,
      actorsMode: state.actorsMode,
      forums: state.forums,
      types: state.types,
      period: state.period,
      q: state.q,
    }),
    [state.actors, state.actorsMode, state.forums, state.types, state.period, state.q],
  );
  const deferredView = useDeferredValue(filterView);
  // Without a query the index plays no part: its arrival must not recompute the results.
  const searchFor = deferredView.q === '' ? undefined : searchIndex;
  const result = useMemo(
    () => applyFilters(facetIndex, deferredView, searchFor),
    [facetIndex, deferredView, searchFor],
  );
  const timeIndex = useMemo(
    () => timeIndexFromDays(facetIndex.days, result.indices),
    [facetIndex, result],
  );
  const events = useMemo(
    () => Array.from(result.indices, (i) => dataset.events[i] as TimelineEvent),
    [result, dataset],
  );

  // Only events known to the day count as "on" it: a year-precision event merely may include it.
  const dayEvents = useMemo(() => {
    if (!state.date) return [];
    const on = eventsOnDay(facetIndex.days, state.date, {
      within: result.indices,
      dayPreciseOnly: true,
    });
    return Array.from(on, (i) => dataset.events[i] as TimelineEvent);
  }, [facetIndex, state.date, result, dataset]);
  const highlighted = useMemo(() => new Set(dayEvents.map((e) => e.id)), [dayEvents]);
  // Nearest by the days they cover (the one that ended last before, the one that starts first
  // after), among the events dated to the day, like dayEvents.
  const nearest = useMemo(() => {
    if (!state.date || dayEvents.length > 0) return [];
    const found = nearestEvents(facetIndex.days, state.date, {
      within: result.indices,
      dayPreciseOnly: true,
    });
    return Array.from([...found.before, ...found.after], (i) => dataset.events[i] as TimelineEvent);
  }, [facetIndex, state.date, dayEvents, result, dataset]);

  const selected = state.event ? eventOf(state.event) : undefined;
  const selectedDetails = useEventDetails(details, selected && indexById.get(selected.id));

  // The window survives the timeline's remount on a language switch.
  const windowRef = useRef<TimelineWindow | undefined>(undefined);
  const [firstWindow] = useState(() => initialWindow(state, eventOf));
  const userMoved = useRef(false);

  const onWindowChange = useCallback(
    (w: TimelineWindow, byUser: boolean) => {
      windowRef.current = w;
      if (!byUser && !userMoved.current) return;
      userMoved.current = false;
      const range = { start: isoOfMs(w.start), end: isoOfMs(w.end - 1) };
      update({ range }, 'replace');
      // Fired once a pan or zoom ends, so a screen reader hears the new span, not every step.
      setAnnouncement(
        t('timeline.visible', {
          start: formatPartialDate(range.start, lang),
          end: formatPartialDate(range.end, lang),
        }),
      );
    },
    [update, t, lang],
  );

  // Back/Forward (or a link) can change the range without the timeline moving: follow it.
  useEffect(() => {
    if (!state.range) return;
    const wanted = windowOfSpan(state.range);
    const current = windowRef.current;
    if (
      current &&
      Math.abs(current.start - wanted.start) < DAY_MS &&
      Math.abs(current.end - wanted.end) < 2 * DAY_MS
    )
      return;
    timelineRef.current?.setWindow(wanted);
  }, [state.range]);

  const select = useCallback(
    (id: string | undefined, focusTimeline: boolean) => {
      update({ event: id }, 'push');
      if (id && focusTimeline) timelineRef.current?.focusEvent(id);
    },
    [update],
  );

  const step = (direction: 1 | -1) => {
    if (events.length === 0) return;
    let index = selected ? events.findIndex((e) => e.id === selected.id) : -1;
    if (index < 0) {
      const w = timelineRef.current?.getWindow() ?? windowRef.current;
      const centre = w ? isoOfMs((w.start + w.end) / 2) : (events[0]?.from ?? '');
      const after = events.findIndex((e) => e.from >= centre);
      index =
        direction > 0 ? (after < 0 ? events.length : after) - 1 : after < 0 ? events.length : after;
    }
    const next = events[Math.min(events.length - 1, Math.max(0, index + direction))];
    if (next) select(next.id, true);
  };

  /** Arrow keys walk along time (mirrored in RTL, where the past is on the right). */
  const onTimelineKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (events.length === 0) return;
    const later = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const earlier = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    const at = cursorId ?? state.event;
    const index = at ? events.findIndex((ev) => ev.id === at) : -1;
    let target: TimelineEvent | undefined;
    if (e.key === later || e.key === earlier) {
      const step = e.key === later ? 1 : -1;
      if (index >= 0) target = events[index + step];
      else {
        // From nothing: start with the first event in view, the way a reader's eye would.
        const w = timelineRef.current?.getWindow();
        const from = w ? isoOfMs(w.start) : '';
        target = events.find((ev) => ev.to >= from) ?? events[0];
      }
    } else if (e.key === 'Home') target = events[0];
    else if (e.key === 'End') target = events.at(-1);
    else if ((e.key === 'Enter' || e.key === ' ') && at) {
      e.preventDefault();
      select(at, false);
      return;
    } else return;
    e.preventDefault();
    if (!target) return;
    setCursorId(target.id);
    timelineRef.current?.focusEvent(target.id);
    setAnnouncement(`${target.title[lang]} — ${formatEventDate(target, lang).text}`);
  };

  const selectedIndex = selected ? events.findIndex((e) => e.id === selected.id) : -1;
  const changeFilters = (patch: FilterPatch, mode: WriteMode) => update(patch, mode);
  const reset = () => update(clearedFilters(), 'push');

  const showTimeline = state.view === 'timeline';
  // The timeline engine starts after the first paint of the page, in a task of its own, so the
  // filters and the list are on screen and usable while it lays itself out.
  const engine = useTimelineEngine();
  const engineMissing =
    engine.status === 'failed' ? (
      <RetryAlert
        message={t('timeline.engineFailed')}
        onRetry={engine.retry}
        className="flex h-full flex-col items-center justify-center gap-3 rounded-lg border border-line"
      />
    ) : (
      <div className="masar-skeleton flex h-full items-center justify-center rounded-lg">
        {t('timeline.loadingEngine')}
      </div>
    );

  return (
    <div className="flex flex-1 flex-col gap-3 p-3 md:grid md:grid-cols-[20rem_1fr] md:items-start md:gap-4 md:p-4">
      <div className="md:col-span-2">
        <NoticeBar
          ignored={ignored}
          onDismissIgnored={onDismissIgnored}
          date={dateNoticeOpen ? state.date : undefined}
          dayCount={dayEvents.length}
          nearest={nearest}
          lang={lang}
          onSelect={(id) => select(id, true)}
          onDismissDate={() => setDateNoticeOpen(false)}
        />
      </div>

      <aside className="md:sticky md:top-4">
        <button
          type="button"
          className="mb-2 w-full rounded-md border border-line bg-surface px-3 py-1.5 md:hidden"
          aria-expanded={filtersOpen}
          aria-controls="filter-panel"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filtersOpen ? t('filters.hide') : t('filters.show')} ·{' '}
          {t('filters.results', { count: result.total, total: result.eventCount })}
        </button>
        <div
          id="filter-panel"
          className={`${filtersOpen ? '' : 'hidden'} rounded-lg border border-line bg-surface p-4 md:block`}
        >
          {/* A folded panel is not rendered at all: on a phone that is work the first paint skips. */}
          {(wide || filtersOpen) && (
            <FilterPanel
              dataset={dataset}
              state={state}
              counts={result.counts}
              actorNames={actorNames}
              total={result.eventCount}
              shown={result.total}
              searchReady={searchIndex !== undefined}
              onChange={changeFilters}
              onReset={reset}
            />
          )}
        </div>
      </aside>

      <div className="flex min-w-0 flex-col gap-3">
        <div role="tablist" aria-label={t('view.label')} className="flex gap-1">
          {(['timeline', 'list'] as const).map((view) => (
            <button
              key={view}
              type="button"
              role="tab"
              aria-selected={state.view === view}
              onClick={() => update({ view }, 'push')}
              className={`rounded-md px-3 py-1 text-sm ${
                state.view === view ? 'bg-accent text-accent-ink' : 'border border-line bg-surface'
              }`}
            >
              {t(`view.${view}`)}
            </button>
          ))}
        </div>

        {showTimeline && (
          <section aria-label={t('timeline.region')} className="flex flex-col gap-2">
            <TimelineToolbar
              onZoomIn={() => {
                userMoved.current = true;
                timelineRef.current?.zoomIn();
              }}
              onZoomOut={() => {
                userMoved.current = true;
                timelineRef.current?.zoomOut();
              }}
              onFit={() => {
                timelineRef.current?.fit();
                update({ range: undefined }, 'replace');
              }}
              onPrevious={() => step(-1)}
              onNext={() => step(1)}
              canPrevious={events.length > 0 && selectedIndex !== 0}
              canNext={
                events.length > 0 && (selectedIndex < 0 || selectedIndex < events.length - 1)
              }
              initialDate={state.date}
              onGoToDate={(day) => {
                setDateNoticeOpen(true);
                update({ date: day, range: undefined }, 'push');
                timelineRef.current?.moveTo(msOfDay(day) + DAY_MS / 2);
              }}
            />
            <div className="h-72 md:h-96">
              {engine.status === 'ready' ? (
                <engine.Timeline
                  key={lang}
                  ref={timelineRef}
                  events={events}
                  timeIndex={timeIndex}
                  lang={lang}
                  forumColour={forumColour}
                  highlighted={highlighted}
                  selectedId={state.event}
                  getInitialWindow={() => windowRef.current ?? firstWindow}
                  label={t('timeline.region')}
                  roleDescription={t('timeline.roleDescription')}
                  describedBy="timeline-keys"
                  cursorId={cursorId}
                  onKeyDown={onTimelineKey}
                  reducedMotion={reducedMotion}
                  formatAxis={(date, scale, major) => axisLabel(date, scale, lang, { major })}
                  onSelect={(id) => select(id, false)}
                  onWindowChange={onWindowChange}
                />
              ) : (
                engineMissing
              )}
            </div>
            <p id="timeline-keys" className="text-xs text-muted">
              {t('timeline.keys')}
            </p>
            <p aria-live="polite" className="sr-only">
              {announcement}
            </p>
            <Legend forums={dataset.forums} lang={lang} />
          </section>
        )}

        {selected && (
          <DetailsPanel
            key={selected.id}
            event={selected}
            details={selectedDetails ?? { status: 'loading' }}
            eventLink={eventLink(selected.id, lang)}
            dataset={dataset}
            lang={lang}
            onClose={() => select(undefined, false)}
          />
        )}

        {result.total === 0 ? (
          <EmptyResults onReset={reset} />
        ) : (
          <EventList
            events={events}
            dataset={dataset}
            lang={lang}
            selectedId={state.event}
            anchorId={state.event ?? dayEvents[0]?.id ?? nearest[0]?.id}
            highlighted={highlighted}
            onSelect={(id) => select(id, true)}
          />
        )}
      </div>
    </div>
  );
}
