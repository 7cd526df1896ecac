/**
 * The loaded app, as wiring: the view state (which lives in the URL, src/url) selects results
 * (useResults) and a focused day (useFocusedDay); the timeline's window follows the link
 * (useTimelineWindow); the filter panel, the timeline, the list and the details panel show them.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useFocusAfterRender } from '../components/useFocusAfterRender.ts';
import type { Dataset, TimelineEvent } from '../domain/schema.ts';
import { eventIndex } from '../domain/eventIndex.ts';
import type { Lang } from '../domain/languages.ts';
import {
  clearedFilters,
  type DateSpan,
  type ListOrder,
  type ViewState,
} from '../domain/viewState.ts';
import { precisionOf, type PartialDate } from '../domain/partialDate.ts';
import { buildFacetIndex } from '../domain/filters.ts';
import { buildNameIndex } from '../domain/searchIndex.ts';
import { compileQuery } from '../domain/searchExplain.ts';
import { formatEventDate, formatPartialDate } from '../domain/formatDate.ts';
import { useSearchIndex } from '../data/useSearchIndex.ts';
import { detailsSource } from '../data/eventDetails.ts';
import { useEventDetails } from '../data/useEventDetails.ts';
import { loadExportDetails } from '../data/exportDetails.ts';
import type { DataUpdateControls } from '../data/useDataset.ts';
import type { Ignored } from '../url/ignored.ts';
import { defaultView } from '../url/viewStateQuery.ts';
import { linkTo, shareLinkTo, type WriteMode } from '../url/history.ts';
import { pagesOf } from '../domain/pageLinks.ts';
import { LIST_PAGE } from '../domain/listPage.ts';
import type { TimelineHandle } from '../timeline/Timeline.tsx';
import { positionOf } from '../timeline/timelineData.ts';
import { stepTarget } from '../timeline/keyboard.ts';
import {
  useTimelineWindow,
  windowAroundDay,
  windowAroundEvent,
  windowOfSpan,
} from '../timeline/useTimelineWindow.ts';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { FilterDrawer } from '../components/FilterDrawer.tsx';
import { EventList } from '../components/EventList.tsx';
import { DetailsPanel } from '../components/DetailsPanel.tsx';
import { EmptyResults } from '../components/EmptyResults.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { DataUpdateNotice } from '../components/DataUpdateNotice.tsx';
import { ViewTabs } from '../components/ViewTabs.tsx';
import { ExportMenu } from '../components/ExportMenu.tsx';
import { DataFooter } from '../components/DataFooter.tsx';
import { useMediaQuery } from './useMediaQuery.ts';
import { useResults } from './useResults.ts';
import { useFocusedDay } from './useFocusedDay.ts';
import { TimelineSection } from './TimelineSection.tsx';
import { useDisplay } from '../components/display.ts';
import { useHydrated } from '../prerender/useHydrated.ts';
import { useIdleWarmUp } from './useIdleWarmUp.ts';

/** The month or year a window shows whole, when it is exactly one ("go to" a month writes it). */
function wholeSpan(range: DateSpan | undefined): PartialDate | undefined {
  if (!range || range.start !== range.end) return undefined;
  return precisionOf(range.start) === 'day' ? undefined : range.start;
}

interface ExplorerProps {
  dataset: Dataset;
  state: ViewState;
  ignored: readonly Ignored[];
  onDismissIgnored(): void;
  update(patch: Partial<ViewState>, mode: WriteMode): void;
  /** A newer version of the data on the server, and what the reader can do about it. */
  dataUpdate: DataUpdateControls;
  onReloadPage(): void;
  /** The embed view: the timeline and the list only, without the filter panel. */
  embed?: boolean;
}

export function Explorer({
  dataset,
  state,
  ignored,
  onDismissIgnored,
  update,
  dataUpdate,
  onReloadPage,
  embed = false,
}: ExplorerProps) {
  const { t } = useTranslation();
  const lang = state.lang;
  const display = useDisplay();
  // The prerendered page's controls (src/prerender) do nothing until the app has hydrated them,
  // yet a checkbox would tick itself natively and stay ticked over a state that says otherwise.
  // Inert until then; the list's links work from the first frame and stay live.
  const live = useHydrated();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  // Tailwind's md breakpoint: below it the filter panel folds behind a button. The prerendered
  // page holds the panel (a narrow screen's stylesheet hides it until the button opens it).
  const wide = useMediaQuery('(min-width: 48rem)', true);
  const [dateNoticeOpen, setDateNoticeOpen] = useState(true);
  const [announcement, setAnnouncement] = useState('');

  // One id → position map serves every lookup (100,000 entries on a large corpus: built once).
  const indexById = useMemo(() => eventIndex(dataset), [dataset]);
  const eventOf = (id: string | undefined) => {
    const i = id === undefined ? undefined : indexById.get(id);
    return i === undefined ? undefined : dataset.events[i];
  };
  const facetIndex = useMemo(() => buildFacetIndex(dataset), [dataset]);
  const details = useMemo(() => detailsSource(dataset), [dataset]);
  const searchIndex = useSearchIndex(dataset, lang, state.q !== '');
  const actorNames = useMemo(() => buildNameIndex(dataset.actors), [dataset]);
  const forumColour = useMemo(
    () => new Map(dataset.forums.map((f) => [f.id, f.colour])),
    [dataset],
  );

  const {
    result,
    data,
    events,
    query,
    filters,
    view: filterView,
  } = useResults(dataset, facetIndex, state, searchIndex);
  const terms = useMemo(
    () => (query === '' ? null : compileQuery(dataset, query)),
    [dataset, query],
  );
  // Summaries at hand without a request (inline, or a chunk already read): the list explains a
  // match in a summary with its words only when that costs nothing.
  const listSearch = useMemo(
    () =>
      terms
        ? {
            terms,
            summaryOf: (event: TimelineEvent) => {
              const i = indexById.get(event.id);
              return i === undefined ? undefined : details.peek(i)?.summary[lang];
            },
          }
        : undefined,
    [terms, indexById, details, lang],
  );
  const { dayEvents, highlighted, nearest } = useFocusedDay(
    dataset,
    facetIndex,
    state.date,
    result.indices,
  );
  // The list's first page, newest or oldest first, is what a reader opens most: its details are
  // fetched at idle (large corpora keep them in chunk files).
  const firstPage = useMemo(() => {
    const page = state.order === 'newest' ? events.slice(-LIST_PAGE) : events.slice(0, LIST_PAGE);
    return page.map((e) => indexById.get(e.id) ?? -1).filter((i) => i >= 0);
  }, [events, state.order, indexById]);
  useIdleWarmUp(
    lang,
    useCallback(() => details.warm(firstPage), [details, firstPage]),
  );
  const selected = eventOf(state.event);
  const selectedDetails = useEventDetails(details, selected && indexById.get(selected.id));
  // A detail chunk that is gone usually means a deployment replaced the data under this tab.
  const detailsGone = selectedDetails?.status === 'error' && selectedDetails.gone;
  const checkForUpdate = dataUpdate.check;
  useEffect(() => {
    if (detailsGone) checkForUpdate();
  }, [detailsGone, checkForUpdate]);

  const timelineRef = useRef<TimelineHandle>(null);
  const timeline = useTimelineWindow(timelineRef, {
    data,
    range: state.range,
    opening: () => {
      if (state.range) return windowOfSpan(state.range);
      if (state.date) return windowAroundDay(state.date);
      const event = eventOf(state.event);
      return event ? windowAroundEvent(event.from, event.to) : undefined;
    },
    onReaderMove: (range) => {
      update({ range }, 'replace');
      // Fired once a pan or zoom ends, so a screen reader hears the new span, not every step.
      setAnnouncement(
        t('timeline.visible', {
          start: formatPartialDate(range.start, lang, display),
          end: formatPartialDate(range.end, lang, display),
        }),
      );
    },
    onRefit: () => {
      if (state.range) update({ range: undefined }, 'replace');
    },
  });

  const select = (id: string | undefined, focusTimeline: boolean) => {
    const patch: Partial<ViewState> = { event: id };
    const event = eventOf(id);
    // A shared link describes one view. Once the reader opens an event away from the linked date,
    // the date's banner and highlight would contradict the details, and a window that does not
    // hold the event would open beside it: the link drops them and opens around the event instead.
    if (event && state.date && !dayEvents.some((e) => e.id === event.id)) patch.date = undefined;
    if (event && state.range) {
      const range = windowOfSpan(state.range);
      const own = windowOfSpan({ start: event.from, end: event.to });
      if (own.end <= range.start || own.start >= range.end) patch.range = undefined;
    }
    update(patch, 'push');
    if (id && focusTimeline) pendingFocus.current = id;
  };
  // The timeline moves to an opened event once the page has taken the opening (below), not in
  // the click: the details column narrows the timeline, and a move drawn before that was drawn
  // again at the new width in the same frame.
  const pendingFocus = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    pendingFocus.current = undefined;
    if (id) timeline.focusEvent(id);
  });
  const step = (direction: 1 | -1) => {
    const w = timeline.current();
    const centre = w ? (w.start + w.end) / 2 : (data.from[0] ?? 0);
    const target = stepTarget(data, positionOf(data, selected?.id), centre, direction);
    const next = target === undefined ? undefined : events[target];
    if (next) select(next.id, true);
  };
  // The list and the filter panel are memoised: their callbacks keep one identity and call the
  // latest select and update, so a move of the window does not render fifty list items again,
  // nor opening an event the filter panel's sixty controls.
  const latest = useRef({ select, update });
  useLayoutEffect(() => {
    latest.current = { select, update };
  });
  const selectFromList = useCallback((id: string) => latest.current.select(id, true), []);
  const resetFilters = useCallback(() => latest.current.update(clearedFilters(), 'push'), []);
  // The empty state's reset replaces it, button and all, with the list (same id): the focus goes
  // on to the list, where the results now are, instead of falling to the page's start.
  const focusAfter = useFocusAfterRender();
  const resetFromEmpty = useCallback(() => {
    focusAfter(() => document.getElementById('event-list'));
    latest.current.update(clearedFilters(), 'push');
  }, [focusAfter]);
  const changeOrder = useCallback(
    (order: ListOrder) => latest.current.update({ order }, 'push'),
    [],
  );
  // The event's own page where the build wrote one (it previews when shared), else the app link.
  const pages = useMemo(() => pagesOf(dataset), [dataset]);
  const eventLinkIn = (id: string, l: Lang) =>
    shareLinkTo({ ...defaultView(), lang: l, event: id }, display, pages);
  const announceEvent = useCallback(
    (event: TimelineEvent) =>
      setAnnouncement(`${event.title[lang]} — ${formatEventDate(event, lang, display).line}`),
    [lang, display],
  );

  return (
    <div
      className={
        embed
          ? `masar-explorer flex flex-1 flex-col gap-3 p-3 ${selected ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start' : ''}`
          : `masar-explorer flex flex-1 flex-col gap-3 p-3 md:grid md:grid-cols-[20rem_minmax(0,1fr)] md:items-start md:gap-4 md:p-4 ${selected ? 'xl:grid-cols-[18rem_minmax(0,1fr)_22rem]' : ''}`
      }
    >
      <div className="masar-notices md:col-span-full">
        <NoticeBar
          ignored={ignored}
          onDismissIgnored={onDismissIgnored}
          date={dateNoticeOpen ? state.date : undefined}
          dayCount={dayEvents.length}
          nearest={nearest}
          lang={lang}
          onSelect={(id) => select(id, true)}
          onDismissDate={() => setDateNoticeOpen(false)}
        >
          <DataUpdateNotice
            status={dataUpdate.status}
            onLoad={dataUpdate.load}
            onReloadPage={onReloadPage}
            onDismiss={dataUpdate.dismiss}
          />
        </NoticeBar>
      </div>

      {!embed && (
        <FilterDrawer
          inert={!live}
          wide={wide}
          summary={t('filters.results', { count: result.total, total: result.eventCount })}
        >
          {() => (
            <FilterPanel
              dataset={dataset}
              view={filterView}
              lang={lang}
              counts={result.counts}
              actorNames={actorNames}
              total={result.eventCount}
              shown={result.total}
              searchReady={searchIndex !== undefined}
              onChange={update}
              onReset={resetFilters}
            />
          )}
        </FilterDrawer>
      )}

      <div className="flex min-w-0 flex-col gap-3">
        <div className="masar-controls flex flex-wrap items-center gap-2" inert={!live}>
          <ViewTabs view={state.view} onChange={(view) => update({ view }, 'push')} />
          <ExportMenu
            dataset={dataset}
            events={events}
            detailsOf={(list) =>
              loadExportDetails(
                details,
                list.map((e) => indexById.get(e.id) ?? -1),
                dataset.details?.chunkSize,
              )
            }
            filters={filters}
            lang={lang}
            viewLink={(l) => linkTo({ ...state, lang: l, event: undefined }, display)}
            eventLink={eventLinkIn}
          />
        </div>

        {state.view === 'timeline' && (
          <TimelineSection
            inert={!live}
            timelineRef={timelineRef}
            steer={timeline}
            forums={dataset.forums}
            date={state.date ?? wholeSpan(state.range)}
            announcement={announcement}
            data={data}
            lang={lang}
            forumColour={forumColour}
            highlighted={highlighted}
            selectedId={state.event}
            reducedMotion={reducedMotion}
            onSelect={(id) => select(id, false)}
            onCursor={announceEvent}
            onStep={step}
            onFit={() => {
              timeline.fit();
              update({ range: undefined }, 'replace');
            }}
            onGoToDate={(value) => {
              if (precisionOf(value) === 'day') {
                setDateNoticeOpen(true);
                update({ date: value, range: undefined }, 'push');
                timeline.goToDay(value);
              } else {
                // A month or a year is no day to highlight: the window shows the whole of it.
                const range = { start: value, end: value };
                update({ date: undefined, range }, 'push');
                timeline.goToSpan(range);
              }
            }}
          />
        )}

        {result.total === 0 ? (
          <EmptyResults onReset={resetFromEmpty} />
        ) : (
          <EventList
            events={events}
            order={state.order}
            search={listSearch}
            onOrderChange={changeOrder}
            dataset={dataset}
            lang={lang}
            selectedId={state.event}
            anchorId={state.event ?? dayEvents[0]?.id ?? nearest[0]?.id}
            highlighted={highlighted}
            onSelect={selectFromList}
          />
        )}
      </div>

      {selected && (
        <DetailsPanel
          key={selected.id}
          event={selected}
          details={selectedDetails ?? { status: 'loading' }}
          eventLink={eventLinkIn(selected.id, lang)}
          eventLinkIn={(l) => eventLinkIn(selected.id, l)}
          dataset={dataset}
          lang={lang}
          terms={terms ?? undefined}
          onClose={() => select(undefined, false)}
          update={dataUpdate.status}
          onLoadUpdate={dataUpdate.load}
          onReloadPage={onReloadPage}
          eventOf={eventOf}
          linkFor={(id) => linkTo({ ...state, event: id }, display)}
          onOpen={(id) => select(id, true)}
        />
      )}
      <DataFooter dataset={dataset} lang={lang} />
    </div>
  );
}
