import { memo, useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { appPath, pagePath, pagesOf } from '../domain/pageLinks.ts';
import { LIST_PAGE } from '../domain/listPage.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { formatEventDate } from '../domain/formatDate.ts';
import { useDisplay } from './display.ts';
import type { DisplayPrefs } from '../domain/displayPrefs.ts';
import type { Dataset, TimelineEvent } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import type { ListOrder } from '../domain/viewState.ts';
import { markRanges } from '../domain/textMarks.ts';
import { EventDate } from './EventDate.tsx';
import { Marked } from './Marked.tsx';
import { MatchNote, type ListSearch } from './MatchNote.tsx';
import { sheetSpace } from './sheetSpace.ts';
import { useFocusAfterRender } from './useFocusAfterRender.ts';
import { rowLink } from './rowLink.ts';

interface EventListProps {
  /** In chronological order; the list reverses them itself when it reads newest first. */
  events: readonly TimelineEvent[];
  order: ListOrder;
  onOrderChange(order: ListOrder): void;
  dataset: Dataset;
  lang: Lang;
  selectedId?: string;
  highlighted: ReadonlySet<string>;
  /** The search the events answer, to mark and explain; undefined without one. */
  search?: ListSearch;
  /** Where the list opens: the selected event, or the first event of a linked date. */
  anchorId?: string;
  onSelect(id: string): void;
}

interface Page {
  /** The inputs the page was opened for; a new filter or anchor opens a new page. */
  events: readonly TimelineEvent[];
  anchorId?: string;
  start: number;
  end: number;
}

function openPage(events: readonly TimelineEvent[], anchorId?: string): Page {
  const anchor = anchorId ? events.findIndex((e) => e.id === anchorId) : -1;
  // A few events of context before the anchor, but a full page when there are enough: a result
  // that fits in one page is shown whole, never behind an "earlier events" button.
  const start =
    anchor < 0
      ? 0
      : Math.max(0, Math.min(anchor - Math.floor(LIST_PAGE / 5), events.length - LIST_PAGE));
  return { events, anchorId, start, end: Math.min(events.length, start + LIST_PAGE) };
}

/** A click that means "open it here", not "in a new tab or window" or "download". */
function plainClick(click: MouseEvent<HTMLAnchorElement>): boolean {
  return click.button === 0 && !click.metaKey && !click.ctrlKey && !click.shiftKey && !click.altKey;
}

interface EventRowProps {
  event: TimelineEvent;
  dataset: Dataset;
  lang: Lang;
  display: DisplayPrefs;
  typeName?: string;
  href: string;
  selected: boolean;
  highlighted: boolean;
  search?: ListSearch;
  onSelect(id: string): void;
  /** The list's translate function (see EventDate); the same one until the language changes. */
  t: TFunction;
}

/**
 * One entry of the list. Memoised on its own: opening an event, or moving the highlight, changes
 * two rows, and the other rows of the page (up to fifty) are not rendered again for it.
 */
const EventRow = memo(function EventRow({
  event,
  dataset,
  lang,
  display,
  typeName,
  href,
  selected,
  highlighted,
  search,
  onSelect,
  t,
}: EventRowProps) {
  const date = formatEventDate(event, lang, display);
  const title = event.title[lang];
  const marks = search ? markRanges(title, search.terms) : [];
  return (
    // Each row is laid out and painted only near the screen (a year section can hold all fifty
    // rows of a page, so skipping whole sections spared nothing): new results below the timeline
    // cost a filter click ~12 ms of layout and ~6 ms of paint at 10,000 events, profiled. Until
    // then it counts as a row of the usual height (one line of title on a wide screen, two on a
    // phone), so the scrollbar hardly moves as rows come into view.
    <li
      data-event-id={event.id}
      className="[contain-intrinsic-size:auto_5.75rem] [content-visibility:auto] md:[contain-intrinsic-size:auto_4rem]"
    >
      {/* A link: it works before the scripts have run (the page is prerendered) and without
          them, and it can be opened in a new tab or copied. A plain click opens the event in
          place. */}
      <a
        href={href}
        aria-current={selected ? 'true' : undefined}
        onClick={(click) => {
          if (!plainClick(click)) return;
          click.preventDefault();
          onSelect(event.id);
        }}
        className={`flex w-full flex-col items-start gap-0.5 rounded-md px-2 py-2 text-start hover:bg-surface ${
          selected ? 'bg-surface ring-2 ring-accent' : ''
        } ${highlighted ? 'bg-highlight' : ''}`}
      >
        <span className="text-sm text-muted">
          <EventDate date={date} t={t} />
          <span className="ms-2">· {typeName}</span>
        </span>
        <span className="font-semibold">
          <Marked text={title} ranges={marks} />
        </span>
      </a>
      {search && (
        <MatchNote
          event={event}
          dataset={dataset}
          lang={lang}
          search={search}
          titleMarked={marks.length > 0}
        />
      )}
    </li>
  );
});

/** The list of events in time order: the screen-reader path, and the main view on narrow phones. */
export const EventList = memo(function EventList(props: EventListProps) {
  const { t } = useTranslation();
  const { dataset, lang, order } = props;
  const display = useDisplay();
  const orderId = useId();
  // Reversed once per result set and order, so the page below sees the same array until either
  // changes (a new array would reopen the page at every render).
  const events = useMemo(
    () => (order === 'newest' ? [...props.events].reverse() : props.events),
    [props.events, order],
  );
  const typeName = useMemo(() => new Map(dataset.types.map((x) => [x.id, x.name])), [dataset]);
  const pages = useMemo(() => pagesOf(dataset), [dataset]);
  // The event's own page where the build wrote one (readable without scripts), else the app's link.
  const eventHref = (id: string) => {
    const target = { kind: 'event', id } as const;
    return pages.event(id) ? pagePath(target, lang) : appPath(target, lang);
  };
  const [page, setPage] = useState(() => openPage(events, props.anchorId));
  // A new result set or anchor opens a new page (adjusting state during render, not in an effect).
  let current = page;
  if (page.events !== events || page.anchorId !== props.anchorId) {
    current = openPage(events, props.anchorId);
    setPage(current);
  }
  const { start, end } = current;
  const years = useMemo(() => {
    const groups: { year: string; events: TimelineEvent[] }[] = [];
    for (const event of events.slice(start, end)) {
      const year = event.from.slice(0, 4);
      const last = groups.at(-1);
      if (last?.year === year) last.events.push(event);
      else groups.push({ year, events: [event] });
    }
    return groups;
  }, [events, start, end]);
  const more =
    'masar-controls self-center rounded-md border border-line bg-surface px-3 py-1 text-sm';
  const sectionRef = useRef<HTMLElement>(null);
  // On a phone the details open as a sheet over the bottom of the screen. The item the reader just
  // tapped may be under it: move the page just enough to keep it above the sheet. An item off
  // screen (opened from the timeline, or a link) is left where it is.
  useEffect(() => {
    const id = props.selectedId;
    const sheet = sheetSpace();
    if (!id || sheet === 0) return;
    const item = sectionRef.current?.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
    const rect = item?.getBoundingClientRect();
    const clear = window.innerHeight - sheet;
    if (rect && rect.top < window.innerHeight && rect.bottom > clear)
      window.scrollBy({ top: rect.bottom - clear + 8 });
  }, [props.selectedId]);

  // Showing more rows takes the button away once nothing is left to show, and a removed button
  // drops the reader's focus to the page's start: the focus moves to the first row it brought,
  // where reading goes on (with a mouse nothing shows: the focus ring follows the keyboard).
  const focusAfter = useFocusAfterRender();
  const showFrom = (from: number, next: Page) => {
    const id = events[from]?.id;
    if (id) focusAfter(() => sectionRef.current && rowLink(sectionRef.current, id));
    setPage(next);
  };

  return (
    <section
      ref={sectionRef}
      id="event-list"
      aria-labelledby="event-list-heading"
      tabIndex={-1}
      className="flex flex-col gap-2 wrap-anywhere"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="event-list-heading" className="text-lg font-semibold">
          {t('list.heading')}
        </h2>
        <div className="masar-controls flex items-center gap-2 text-sm">
          <label htmlFor={orderId}>{t('list.order')}</label>
          <select
            id={orderId}
            value={order}
            onChange={(e) => props.onOrderChange(e.target.value === 'oldest' ? 'oldest' : 'newest')}
            className="rounded-md border border-line bg-surface px-2 py-0.5"
          >
            <option value="newest">{t('list.newest')}</option>
            <option value="oldest">{t('list.oldest')}</option>
          </select>
        </div>
      </div>
      {props.search && <p className="text-sm text-muted">{t('search.scope')}</p>}
      {start > 0 && (
        <button
          type="button"
          className={more}
          onClick={() => {
            const from = Math.max(0, start - LIST_PAGE);
            showFrom(from, { ...current, start: from });
          }}
        >
          {/* The events before this page in reading order: later in time when newest come first. */}
          {t(order === 'newest' ? 'list.later' : 'list.earlier', {
            count: Math.min(start, LIST_PAGE),
          })}
        </button>
      )}
      {years.map((group) => (
        // Years below the fold are not laid out until scrolled near: less work before first paint.
        <section
          key={group.year}
          aria-labelledby={`year-${group.year}`}
          className="[contain-intrinsic-size:auto_20rem] [content-visibility:auto]"
        >
          <h3
            id={`year-${group.year}`}
            className="border-b border-line py-1 font-semibold text-muted"
          >
            <bdi>{t('list.year', { year: group.year })}</bdi>
          </h3>
          <ol className="flex flex-col">
            {group.events.map((event) => (
              <EventRow
                key={event.id}
                event={event}
                dataset={dataset}
                lang={lang}
                display={display}
                typeName={typeName.get(event.type)?.[lang]}
                href={eventHref(event.id)}
                selected={event.id === props.selectedId}
                highlighted={props.highlighted.has(event.id)}
                search={props.search}
                onSelect={props.onSelect}
                t={t}
              />
            ))}
          </ol>
        </section>
      ))}
      {end < events.length && (
        <button
          type="button"
          className={more}
          onClick={() =>
            showFrom(end, { ...current, end: Math.min(events.length, end + LIST_PAGE) })
          }
        >
          {t(order === 'newest' ? 'list.earlier' : 'list.later', {
            count: Math.min(events.length - end, LIST_PAGE),
          })}
        </button>
      )}
    </section>
  );
});
