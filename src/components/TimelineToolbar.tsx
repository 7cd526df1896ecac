import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface TimelineToolbarProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onPrevious(): void;
  onNext(): void;
  canPrevious: boolean;
  canNext: boolean;
  onGoToDate(day: string): void;
  /** YYYY-MM-DD shown in the date field, e.g. the focused date from the link. */
  initialDate?: string;
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
  const dateId = useId();
  const [day, setDay] = useState(props.initialDate ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) props.onGoToDate(day);
  };
  return (
    <div
      role="toolbar"
      aria-label={t('timeline.controls')}
      className="flex flex-wrap items-center gap-2"
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
      <form onSubmit={submit} className="flex items-center gap-1">
        <label htmlFor={dateId} className="text-sm">
          {t('timeline.goToDate')}
        </label>
        <input
          id={dateId}
          type="date"
          value={day}
          min="1900-01-01"
          max="2100-12-31"
          onChange={(event) => setDay(event.target.value)}
          className="rounded-md border border-line bg-surface px-2 py-0.5 text-sm"
        />
        <button type="submit" className={button}>
          {t('timeline.go')}
        </button>
      </form>
    </div>
  );
}
