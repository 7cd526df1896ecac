import { useTranslation } from '../i18n/useTranslation.ts';

export function EmptyResults({ onReset }: { onReset(): void }) {
  const { t } = useTranslation();
  return (
    <div
      id="event-list"
      tabIndex={-1}
      className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-line p-6"
    >
      <h2 className="text-lg font-semibold">{t('empty.title')}</h2>
      <p className="text-muted">{t('empty.body')}</p>
      <button
        type="button"
        onClick={onReset}
        className="rounded-md bg-accent px-4 py-2 text-accent-ink"
      >
        {t('empty.reset')}
      </button>
    </div>
  );
}
