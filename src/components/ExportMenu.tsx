import { useId, useMemo, useState } from 'react';
import { UnavailableButton } from './UnavailableButton.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Dataset, EventDetails, TimelineEvent } from '../domain/schema.ts';
import { LANGS, type Lang } from '../domain/languages.ts';
import { nameBook, type ExportEvent } from '../domain/exportEvent.ts';
import { exportFileName, viewLabel, type ExportFilters } from '../domain/exportView.ts';
import { citation } from '../domain/citation.ts';
import { useDisplay } from './display.ts';
import { useDisclosure } from './useDisclosure.ts';
import { CiteBox } from './CiteBox.tsx';
import { saveFile, todayIso } from './saveFile.ts';

type Format = 'csv' | 'json' | 'ics';
const FORMATS: readonly Format[] = ['csv', 'json', 'ics'];
const MIME: Record<Format, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

/** The writers load on the first export: most visits never make one. */
const loadWriters = async () => {
  const [csv, json, ical] = await Promise.all([
    import('../domain/exportCsv.ts'),
    import('../domain/exportJson.ts'),
    import('../domain/exportIcal.ts'),
  ]);
  return { toCsv: csv.toCsv, toJson: json.toJson, toICalendar: ical.toICalendar };
};

type Progress = { status: 'idle' | 'preparing' | 'failed' } | { status: 'done'; name: string };

interface ExportMenuProps {
  dataset: Dataset;
  /** The view's events (filters and search applied), in time order. */
  events: readonly TimelineEvent[];
  /** The events' details, complete (fetched from chunks where needed), in the same order. */
  detailsOf(events: readonly TimelineEvent[]): Promise<EventDetails[]>;
  filters: ExportFilters;
  lang: Lang;
  /** The address of the current view (without an open event) in a language. */
  viewLink(lang: Lang): string;
  /** The address that opens an event, in a language. */
  eventLink(id: string, lang: Lang): string;
}

/**
 * "Export and cite": the current view's events as CSV, JSON or iCalendar, and a citation of the
 * view. Exports fetch whatever details a large corpus keeps in chunks first, so every row is
 * complete, and say so plainly when that fails.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { dataset, events, filters, lang } = props;
  const { t } = useTranslation();
  const display = useDisplay();
  const { open, setOpen, buttonRef, boxRef } = useDisclosure();
  const panelId = useId();
  const [progress, setProgress] = useState<Progress>({ status: 'idle' });
  const book = useMemo(() => nameBook(dataset), [dataset]);
  const version = dataset.hash;

  const labels = (l: Lang) => viewLabel(filters, book, l, display);
  // Only while the menu is open: a citation names today's date and this page's address, which
  // neither the prerendered page (src/prerender) nor a filter click needs to work out.
  const citations = () =>
    Object.fromEntries(
      LANGS.map((l) => [
        l,
        citation(
          {
            what: labels(l),
            version,
            ...(dataset.modified ? { versionDate: dataset.modified } : {}),
            accessed: todayIso(),
            link: props.viewLink(l),
          },
          l,
          display,
        ),
      ]),
    ) as Record<Lang, string>;

  const download = async (format: Format) => {
    setProgress({ status: 'preparing' });
    let rows: ExportEvent[];
    let writers: Awaited<ReturnType<typeof loadWriters>>;
    try {
      const [all, loaded] = await Promise.all([props.detailsOf(events), loadWriters()]);
      writers = loaded;
      rows = events.map((event, i) => ({
        event,
        details: all[i] ?? { summary: { ar: '', en: '' }, sources: [] },
        link: props.eventLink(event.id, lang),
      }));
    } catch {
      setProgress({ status: 'failed' });
      return;
    }
    const name = exportFileName(filters, version, format);
    const now = new Date();
    const { toCsv, toJson, toICalendar } = writers;
    const text =
      format === 'csv'
        ? toCsv(rows, book)
        : format === 'json'
          ? toJson(rows, book, {
              view: { ar: labels('ar'), en: labels('en') },
              link: props.viewLink(lang),
              dataVersion: version,
              exported: now.toISOString(),
            })
          : toICalendar(rows, book, {
              lang,
              name: t('export.calendarName', { view: labels(lang) }),
              stamp: now,
              host: new URL(props.viewLink(lang)).host,
              precisionNote: (precision, l) => t(`details.precision_${precision}`, { lng: l }),
            });
    saveFile(name, text, MIME[format]);
    setProgress({ status: 'done', name });
  };

  const available = progress.status !== 'preparing' && events.length > 0;

  return (
    <div ref={boxRef} className="relative ms-auto">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('export.menuLabel')}
        onClick={() => setOpen((o) => !o)}
        className={`rounded-md border border-line bg-surface px-3 py-1 text-sm hover:bg-canvas ${open ? 'bg-canvas' : ''}`}
      >
        {t('export.menu')}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute end-0 top-full z-40 mt-2 flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-3 rounded-lg border border-line bg-surface p-3 text-sm shadow-lg"
      >
        {open && (
          <>
            <p className="text-muted">{t('export.count', { count: events.length })}</p>
            <div className="flex flex-wrap gap-2">
              {FORMATS.map((format) => (
                // Unavailable while a file is prepared.
                <UnavailableButton
                  key={format}
                  available={available}
                  onPress={() => void download(format)}
                  className="rounded-md bg-accent px-3 py-1.5 text-accent-ink aria-disabled:opacity-60 pointer-coarse:min-h-11"
                >
                  {t(`export.${format}`)}
                </UnavailableButton>
              ))}
            </div>
            <p role="status" aria-live="polite" className="empty:hidden">
              {progress.status === 'preparing'
                ? t('export.preparing')
                : progress.status === 'done' && (
                    <>
                      {t('export.done')} <bdi dir="ltr">{progress.name}</bdi>
                    </>
                  )}
            </p>
            {progress.status === 'failed' && (
              <p role="alert" className="text-danger">
                {t('export.failed')}
              </p>
            )}
            <h2 className="font-semibold">{t('export.citeView')}</h2>
            <CiteBox citations={citations()} />
          </>
        )}
      </div>
    </div>
  );
}
