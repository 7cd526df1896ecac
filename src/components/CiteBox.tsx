import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { LANGS, LANGUAGES, type Lang } from '../domain/languages.ts';
import { copyLink, type CopyStatus } from './copyLink.ts';

const CAPTION = { ar: 'export.citeArabic', en: 'export.citeEnglish' } as const;
const COPY = { ar: 'export.copyArabic', en: 'export.copyEnglish' } as const;

/**
 * A citation in both languages, Arabic first, each in its own direction and with its own copy
 * button; the text can also be selected by hand where the clipboard is refused.
 */
export function CiteBox({ citations }: { citations: Record<Lang, string> }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = async (lang: Lang) =>
    setStatus((await copyLink(citations[lang])) ? 'copied' : 'failed');
  return (
    <div className="masar-cite flex flex-col gap-2 text-sm">
      {LANGS.map((lang) => (
        <figure key={lang} className="flex flex-col gap-1">
          <figcaption className="text-muted">{t(CAPTION[lang])}</figcaption>
          <p
            lang={lang}
            dir={LANGUAGES[lang].dir}
            className="rounded-md border border-line bg-canvas p-2 select-all wrap-anywhere"
          >
            {citations[lang]}
          </p>
          <button
            type="button"
            onClick={() => void copy(lang)}
            aria-label={t(COPY[lang])}
            className="self-start rounded-md border border-line px-3 py-1 hover:bg-canvas pointer-coarse:min-h-11"
          >
            {t('export.copy')}
          </button>
        </figure>
      ))}
      <span role="status" aria-live="polite" className="text-muted empty:hidden">
        {status === 'copied'
          ? t('export.copied')
          : status === 'failed'
            ? t('export.copyFailed')
            : ''}
      </span>
    </div>
  );
}
