import {
  Fragment,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { formatEventDate } from '../domain/formatDate.ts';
import { useDisplay } from './display.ts';
import type { Dataset, TimelineEvent } from '../domain/schema.ts';
import { listParts, type Lang } from '../domain/languages.ts';
import type { DetailsState } from '../data/useEventDetails.ts';
import type { DataUpdate } from '../data/useDataset.ts';
import { EventDate } from './EventDate.tsx';
import { RetryAlert } from './RetryAlert.tsx';
import { copyLink, type CopyStatus } from './copyLink.ts';
import type { QueryTerms } from '../domain/searchExplain.ts';
import { markRanges, type Range } from '../domain/textMarks.ts';
import { Marked, Name, NO_MARKS } from './Marked.tsx';
import { DetailsBody } from './DetailsBody.tsx';
import { CiteEvent } from './CiteEvent.tsx';
import { RelatedEvents } from './RelatedEvents.tsx';
import { setSheetSpace } from './sheetSpace.ts';
import { rowLink } from './rowLink.ts';

interface DetailsPanelProps {
  event: TimelineEvent;
  details: DetailsState;
  dataset: Dataset;
  lang: Lang;
  /** The link that opens this event, for "copy link to this event". */
  eventLink: string;
  /** The same link in a given language, for the citations. */
  eventLinkIn(lang: Lang): string;
  /** The search on screen, whose words the panel marks; undefined without one. */
  terms?: QueryTerms | undefined;
  onClose(): void;
  /** A newer version of the data, when one is being looked for or was found. */
  update?: DataUpdate | undefined;
  onLoadUpdate(): void;
  onReloadPage(): void;
  /** Any event of the dataset by id, for the related events' titles and dates. */
  eventOf(id: string): TimelineEvent | undefined;
  /** The link that opens another event, and opening it in place (a related event). */
  linkFor(id: string): string;
  onOpen(id: string): void;
}

/**
 * The marks of a name in an event's lists: where the query's words or a spelling it leads to
 * stand in the name as shown, or the whole name when the query matched another of its spellings
 * (typed «فان يي», shown «وانغ يي»).
 */
function nameMarks(
  text: string,
  matched: boolean,
  terms: QueryTerms | undefined,
): readonly Range[] {
  if (!terms || !matched) return NO_MARKS;
  const ranges = markRanges(text, terms);
  return ranges.length > 0 ? ranges : [[0, text.length]];
}

/** Items joined the way the language lists them (Intl.ListFormat), each rendered by `render`. */
function joined<T extends { id: string }>(
  lang: Lang,
  items: readonly T[],
  render: (item: T) => ReactNode,
) {
  const byId = new Map(items.map((item) => [item.id, item]));
  return listParts(
    lang,
    items.map((item) => item.id),
  ).map((part, i) => {
    const item = part.type === 'element' ? byId.get(part.value) : undefined;
    return <Fragment key={i}>{item ? render(item) : part.value}</Fragment>;
  });
}

/**
 * Below the xl breakpoint the panel is a sheet over the bottom of the screen, so it opens in view
 * without moving the page. While it is open the page gets as much room below its end, and focus
 * scrolling keeps clear of it, so the end of the list can still be read and reached above it.
 */
function useSheetSpace(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    const measure = () => {
      const covers = getComputedStyle(sheet).position === 'fixed';
      setSheetSpace(covers ? sheet.offsetHeight : 0);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(sheet);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      setSheetSpace(0);
    };
  }, [ref]);
}

export function DetailsPanel({
  event,
  details: view,
  dataset,
  lang,
  eventLink,
  eventLinkIn,
  terms,
  onClose,
  update,
  onLoadUpdate,
  onReloadPage,
  eventOf,
  linkFor,
  onOpen,
}: DetailsPanelProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useSheetSpace(sectionRef);
  const [copied, setCopied] = useState<CopyStatus>('idle');
  // Focus moves into the panel when it opens, and back where it came from when it closes. A panel
  // opened by a link came from nowhere: its focus goes to the event's row in the list, or to the
  // timeline, rather than to the page's start. Only if the focus was last in the panel: a reader
  // who has moved on elsewhere keeps their place.
  const focusInside = useRef(false);
  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const inside = () => (focusInside.current = true);
    // Focus that leaves for nowhere (relatedTarget null) is not counted: Chrome fires focusout
    // when the focused close button is removed with the panel.
    const outside = (e: FocusEvent) => {
      const to = e.relatedTarget as Node | null;
      if (to && !section.contains(to)) focusInside.current = false;
    };
    section.addEventListener('focusin', inside);
    section.addEventListener('focusout', outside);
    return () => {
      section.removeEventListener('focusin', inside);
      section.removeEventListener('focusout', outside);
    };
  }, []);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const id = event.id;
    // The panel opens in view (a sheet, or a sticky column): scrolling the page to its heading
    // would only move the reader's place in the list.
    headingRef.current?.focus({ preventScroll: true });
    return () => {
      if (previous && previous !== document.body && document.contains(previous)) {
        previous.focus();
      } else if (focusInside.current) {
        const list = document.getElementById('event-list');
        (
          (list && rowLink(list, id)) ??
          document.querySelector<HTMLElement>('.masar-timeline')
        )?.focus();
      }
    };
    // The panel is keyed by its event (Explorer): one event per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const display = useDisplay();
  const date = formatEventDate(event, lang, display);
  const actors = event.actors
    .map((id) => dataset.actors.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  const forums = event.forums
    .map((id) => dataset.forums.find((f) => f.id === id))
    .filter((f) => f !== undefined);
  const type = dataset.types.find((x) => x.id === event.type);
  const marks = (text: string) => (terms ? markRanges(text, terms) : NO_MARKS);

  // Esc closes the panel from anywhere on the page, as a reader expects of a popup-like panel.
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) closeRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  const hijriRow = date.hijri && (
    <>
      <dt className="text-muted">{t('details.hijri')}</dt>
      <dd>
        <bdi>{date.hijri}</bdi>
      </dd>
    </>
  );
  const copy = async () => setCopied((await copyLink(eventLink)) ? 'copied' : 'failed');

  return (
    <section
      ref={sectionRef}
      aria-labelledby="details-heading"
      className="masar-details fixed inset-x-0 bottom-0 z-30 flex max-h-[62dvh] flex-col gap-3 overflow-y-auto overscroll-contain rounded-t-xl border-t border-line bg-surface p-4 wrap-anywhere xl:sticky xl:inset-x-auto xl:top-4 xl:bottom-auto xl:z-auto xl:max-h-[calc(100dvh-2rem)] xl:rounded-lg xl:border xl:shadow-sm"
    >
      <div className="flex items-start gap-3">
        <h2
          id="details-heading"
          ref={headingRef}
          tabIndex={-1}
          className="me-auto text-xl font-semibold"
        >
          <Marked text={event.title[lang]} ranges={marks(event.title[lang])} />
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="masar-controls shrink-0 rounded-md border border-line px-3 py-1 text-sm whitespace-nowrap pointer-coarse:min-h-11 pointer-coarse:min-w-11"
          aria-label={`${t('details.close')}: ${event.title[lang]}`}
        >
          {t('details.close')}
        </button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {/* The reader's calendar leads: with Hijri first, its row comes before the Gregorian. */}
        {date.hijriFirst && hijriRow}
        <dt className="text-muted">{t('details.date')}</dt>
        <dd>
          <EventDate date={date} t={t} withPrecision gregorianOnly />
        </dd>
        {!date.hijriFirst && hijriRow}
        <dt className="text-muted">{t('details.place')}</dt>
        <dd>
          {event.place ? (
            <Marked text={event.place[lang]} ranges={marks(event.place[lang])} />
          ) : (
            t('details.none')
          )}
        </dd>
        <dt className="text-muted">{t('details.type')}</dt>
        <dd>{type?.name[lang] ?? event.type}</dd>
        <dt className="text-muted">{t('details.actors')}</dt>
        <dd>
          {actors.length === 0 ? (
            t('details.none')
          ) : (
            // One per line, the office under the name: roles carry their own years in brackets
            // and "and"s, which read as one run-on sentence inside a bracketed, joined list.
            <ul className="flex flex-col gap-1">
              {actors.map((actor) => (
                <li key={actor.id}>
                  <Name
                    text={actor.name[lang]}
                    ranges={nameMarks(actor.name[lang], !!terms?.actors.has(actor.id), terms)}
                  />
                  <span className="block text-sm text-muted">{actor.role[lang]}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="text-muted">{t('details.forums')}</dt>
        <dd>
          {forums.length === 0
            ? t('details.none')
            : joined(lang, forums, (forum) => (
                <Name
                  text={forum.name[lang]}
                  ranges={nameMarks(forum.name[lang], !!terms?.forums.has(forum.id), terms)}
                />
              ))}
        </dd>
      </dl>
      {view.status === 'loading' && (
        <p role="status" className="text-muted">
          {t('details.loading')}
        </p>
      )}
      {view.status === 'error' &&
        (update === 'available' || update === 'newer-app' ? (
          // The old chunk is gone for good: the way to this event's details is the new data, not
          // another request for the same file.
          <div role="status" className="flex flex-col items-start gap-2">
            <p>{t(update === 'available' ? 'dataUpdate.details' : 'dataUpdate.newerApp')}</p>
            <button
              type="button"
              className="rounded-md bg-accent px-3 py-1.5 text-sm text-accent-ink"
              onClick={() => {
                if (update === 'newer-app') return onReloadPage();
                onLoadUpdate();
                // The button goes away with the old data; the reader stays in this panel.
                headingRef.current?.focus({ preventScroll: true });
              }}
            >
              {t(update === 'available' ? 'dataUpdate.load' : 'dataUpdate.reloadPage')}
            </button>
          </div>
        ) : view.gone && update === 'checking' ? (
          <p role="status" className="text-muted">
            {t('dataUpdate.checking')}
          </p>
        ) : (
          <RetryAlert
            message={t('details.failed')}
            onRetry={view.retry}
            className="flex items-center gap-3"
          />
        ))}
      {view.status === 'ready' && (
        <>
          <DetailsBody details={view.details} lang={lang} terms={terms} />
          {view.details.related && (
            <RelatedEvents
              related={view.details.related}
              status={event.status}
              lang={lang}
              eventOf={eventOf}
              linkFor={linkFor}
              onOpen={onOpen}
            />
          )}
        </>
      )}
      <div className="masar-controls flex items-center gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md bg-accent px-3 py-1.5 text-sm text-accent-ink"
        >
          {t('details.copyLink')}
        </button>
        <span role="status" aria-live="polite" className="text-sm text-muted">
          {copied === 'copied'
            ? t('header.copied')
            : copied === 'failed'
              ? t('header.copyFailed')
              : ''}
        </span>
      </div>
      <CiteEvent event={event} dataset={dataset} linkIn={eventLinkIn} />
    </section>
  );
}
