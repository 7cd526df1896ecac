import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { DataUpdate } from '../data/useDataset.ts';

const box = 'flex items-start gap-3 rounded-lg border border-line bg-surface px-4 py-3';
const action = 'shrink-0 rounded-md bg-accent px-3 py-1.5 text-sm text-accent-ink';
const dismissStyle = 'ms-auto shrink-0 rounded-md border border-line px-2 py-0.5 text-sm';

/**
 * Tells the reader that the events on the server changed since the page opened (a deployment),
 * and lets them load the new ones in place, or reload the page when only a new build can read
 * them. It never reloads on its own: the reader may be in the middle of something.
 */
export function DataUpdateNotice({
  status,
  onLoad,
  onReloadPage,
  onDismiss,
}: {
  status: DataUpdate | undefined;
  onLoad(): void;
  onReloadPage(): void;
  onDismiss(): void;
}) {
  const { t } = useTranslation();
  const dismissRef = useRef<HTMLButtonElement>(null);
  const loadedHere = useRef(false);
  // The load button disappears once pressed; focus goes to what replaces it, not to the page.
  useEffect(() => {
    if (status === 'loaded' && loadedHere.current) {
      loadedHere.current = false;
      dismissRef.current?.focus();
    }
  }, [status]);

  if (status === 'available') {
    return (
      <div role="status" className={box}>
        <div className="flex flex-col items-start gap-2">
          <p className="font-semibold">{t('dataUpdate.title')}</p>
          <p className="text-sm">{t('dataUpdate.body')}</p>
          <button
            type="button"
            className={action}
            onClick={() => {
              loadedHere.current = true;
              onLoad();
            }}
          >
            {t('dataUpdate.load')}
          </button>
        </div>
      </div>
    );
  }
  if (status === 'newer-app') {
    return (
      <div role="status" className={box}>
        <div className="flex flex-col items-start gap-2">
          <p className="font-semibold">{t('dataUpdate.newerApp')}</p>
          <button type="button" className={action} onClick={onReloadPage}>
            {t('dataUpdate.reloadPage')}
          </button>
        </div>
      </div>
    );
  }
  if (status === 'loaded') {
    return (
      <div role="status" className={box}>
        <p>{t('dataUpdate.loaded')}</p>
        <button
          ref={dismissRef}
          type="button"
          data-dismiss
          onClick={onDismiss}
          className={dismissStyle}
        >
          {t('notices.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
