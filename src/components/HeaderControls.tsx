import { useTranslation } from '../i18n/useTranslation.ts';
import { LANGUAGES, type Lang } from '../domain/languages.ts';
import type { CopyStatus } from './copyLink.ts';
import type { DisplayPrefs } from '../domain/displayPrefs.ts';
import { DisplayMenu } from './DisplayMenu.tsx';

interface HeaderControlsProps {
  lang: Lang;
  onSwitchLanguage(): void;
  onShare(): void;
  shareStatus: CopyStatus;
  /** As chosen (not as the language honours them): the menu shows the reader's choice. */
  display: DisplayPrefs;
  onDisplayChange(patch: Partial<DisplayPrefs>): void;
}

/** The header's buttons and their status line; the header's texts are the page shell's (index.html). */
export function HeaderControls({
  lang,
  onSwitchLanguage,
  onShare,
  shareStatus,
  display,
  onDisplayChange,
}: HeaderControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      <DisplayMenu lang={lang} prefs={display} onChange={onDisplayChange} />
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
        lang={LANGUAGES[lang].other}
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
    </>
  );
}
