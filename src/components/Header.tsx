import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/viewState.ts';

interface HeaderProps {
  lang: Lang;
  onSwitchLanguage(): void;
  onShare(): void;
  shareStatus: 'idle' | 'copied' | 'failed';
}

export function Header({ lang, onSwitchLanguage, onShare, shareStatus }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line bg-surface px-4 py-3">
      <div className="me-auto">
        <h1 className="text-2xl leading-tight font-semibold">{t('app.name')}</h1>
        <p className="text-sm text-muted">{t('app.tagline')}</p>
        <p className="mt-1 max-w-3xl text-sm">{t('app.intro')}</p>
      </div>
      <button
        type="button"
        onClick={onShare}
        className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-canvas"
      >
        {t('header.share')}
      </button>
      <button
        type="button"
        onClick={onSwitchLanguage}
        aria-label={t('header.switchLanguageLabel')}
        lang={lang === 'ar' ? 'en' : 'ar'}
        className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-canvas"
      >
        {t('header.switchLanguage')}
      </button>
      <p role="status" aria-live="polite" className="basis-full text-sm text-muted empty:hidden">
        {shareStatus === 'copied'
          ? t('header.copied')
          : shareStatus === 'failed'
            ? t('header.copyFailed')
            : ''}
      </p>
    </header>
  );
}
