import { useTranslation } from '../i18n/useTranslation.ts';
import type { Dataset } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import { formatPartialDate } from '../domain/formatDate.ts';
import { useDisplay } from './display.ts';
import { useHydrated } from '../prerender/useHydrated.ts';

/** The page's footer: which version of the data is on screen, and of when, as citations name it. */
export function DataFooter({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const display = useDisplay();
  // The date is the server's Last-Modified, which the build that prerendered the page never saw.
  const hydrated = useHydrated();
  return (
    <footer className="masar-footer border-t border-line pt-3 text-sm text-muted md:col-span-full">
      {t('footer.version')} <bdi dir="ltr">{dataset.hash}</bdi>
      {hydrated && dataset.modified && (
        <> {t('footer.date', { date: formatPartialDate(dataset.modified, lang, display) })}</>
      )}
    </footer>
  );
}
