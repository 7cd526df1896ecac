import { useTranslation } from '../i18n/useTranslation.ts';
import type { ViewMode } from '../domain/viewState.ts';

const VIEWS: readonly ViewMode[] = ['timeline', 'list'];

/** Which view leads: the timeline, or the list alone. */
export function ViewTabs({ view, onChange }: { view: ViewMode; onChange(view: ViewMode): void }) {
  const { t } = useTranslation();
  return (
    <div role="tablist" aria-label={t('view.label')} className="flex gap-1">
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={view === v}
          onClick={() => onChange(v)}
          className={`rounded-md px-3 py-1 text-sm ${
            view === v ? 'bg-accent text-accent-ink' : 'border border-line bg-surface'
          }`}
        >
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}
