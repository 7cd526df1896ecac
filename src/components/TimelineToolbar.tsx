import { useTranslation } from '../i18n/useTranslation.ts';
import type { Lang } from '../domain/languages.ts';
import type { PartialDate } from '../domain/partialDate.ts';
import { DateEntry } from './DateEntry.tsx';

interface TimelineToolbarProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onPrevious(): void;
  onNext(): void;
  canPrevious: boolean;
  canNext: boolean;
  /** A day, a month or a year (YYYY-MM-DD, YYYY-MM, YYYY) the reader typed. */
  onGoToDate(value: PartialDate): void;
  /** What the date field shows: the focused day from the link, or the month or year gone to. */
  date?: PartialDate;
  lang: Lang;
}

const button =
  'inline-flex min-h-8 items-center justify-center gap-1 rounded-md border border-line bg-surface px-2.5 py-1 text-sm hover:bg-canvas disabled:opacity-50 pointer-coarse:min-h-11 pointer-coarse:min-w-11';

// Arrows point along time: in RTL the past is on the right, so they mirror with the direction.
function Arrow({ towards }: { towards: 'past' | 'future' }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className={`size-4 ${towards === 'past' ? 'rotate-180 rtl:rotate-0' : 'rtl:rotate-180'}`}
    >
      <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

export function TimelineToolbar(props: TimelineToolbarProps) {
  const { t } = useTranslation();
  return (
    <div
      role="toolbar"
      aria-label={t('timeline.controls')}
      className="flex flex-wrap items-start gap-2"
    >
      <button
        type="button"
        className={button}
        onClick={props.onPrevious}
        disabled={!props.canPrevious}
      >
        <Arrow towards="past" />
        {t('timeline.previous')}
      </button>
      <button type="button" className={button} onClick={props.onNext} disabled={!props.canNext}>
        {t('timeline.next')}
        <Arrow towards="future" />
      </button>
      <button type="button" className={button} onClick={props.onZoomIn}>
        {/* On a phone the signs alone keep the toolbar to one row; the name stays for screen readers. */}
        <span aria-hidden="true">+</span>{' '}
        <span className="max-sm:sr-only">{t('timeline.zoomIn')}</span>
      </button>
      <button type="button" className={button} onClick={props.onZoomOut}>
        <span aria-hidden="true">−</span>{' '}
        <span className="max-sm:sr-only">{t('timeline.zoomOut')}</span>
      </button>
      <button type="button" className={button} onClick={props.onFit}>
        {t('timeline.fit')}
      </button>
      <DateEntry
        label={t('timeline.goToDate')}
        lang={props.lang}
        unit="day"
        value={props.date}
        submitLabel={t('timeline.go')}
        buttonClassName={button}
        onCommit={(read) => read && props.onGoToDate(read.value)}
      />
    </div>
  );
}
