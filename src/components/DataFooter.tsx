import { useTranslation } from '../i18n/useTranslation.ts';
import type { Dataset } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import { formatPartialDate } from '../domain/formatDate.ts';
import { useDisplay } from './display.ts';

/** The page's footer: which version of the data is on screen, and of when, as citations name it. */
export function DataFooter({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const display = useDisplay();
  return (
    <footer className="masar-footer border-t border-line pt-3 text-sm text-muted md:col-span-full">
      {t('footer.version')} <bdi dir="ltr">{dataset.hash}</bdi>
      {dataset.modified && (
        <> {t('footer.date', { date: formatPartialDate(dataset.modified, lang, display) })}</>
      )}
    </footer>
  );
}
