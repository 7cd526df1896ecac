import { useTranslation } from '../i18n/useTranslation.ts';

const link =
  'sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:border focus:border-line focus:bg-surface focus:p-2';

/**
 * The first stops of the keyboard: straight to the timeline, the list or the filters, past the
 * header and the forty-odd controls of the filter panel. Hidden until focused.
 */
export function SkipLinks({ timeline }: { timeline: boolean }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.skipLinks')}>
      {timeline && (
        <a href="#timeline" className={link}>
          {t('app.skipToTimeline')}
        </a>
      )}
      <a href="#event-list" className={link}>
        {t('app.skipToList')}
      </a>
      <a href="#filters" className={link}>
        {t('app.skipToFilters')}
      </a>
    </nav>
  );
}
