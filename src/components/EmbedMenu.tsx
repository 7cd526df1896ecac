import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyLink, type CopyStatus } from './copyLink.ts';

/**
 * "Embed" beside the share button: the iframe code of the current view, to read and copy. A
 * disclosure rather than a dialog: the code is short, and the page stays usable around it.
 */
export function EmbedMenu({ code }: { code: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const panel = useId();
  const field = useId();
  return (
    <div className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        title={t('embed.menuLabel')}
        onClick={() => {
          setOpen((o) => !o);
          setStatus('idle');
        }}
        className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-canvas"
      >
        {t('embed.menu')}
      </button>
      {open && (
        <div
          id={panel}
          className="absolute end-0 z-40 mt-1 flex w-[min(32rem,90vw)] flex-col gap-2 rounded-md border border-line bg-surface p-3 shadow-lg"
        >
          <label htmlFor={field} className="text-sm font-semibold">
            {t('embed.codeLabel')}
          </label>
          <textarea
            id={field}
            readOnly
            dir="ltr"
            rows={5}
            value={code}
            className="w-full rounded border border-line bg-canvas p-2 font-mono text-xs"
          />
          <p className="text-sm text-muted">{t('embed.hostScript')}</p>
          <div className="flex items-center gap-3">
            <button
              type="button"
              onClick={() => void copyLink(code).then((ok) => setStatus(ok ? 'copied' : 'failed'))}
              className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-canvas"
            >
              {t('embed.copy')}
            </button>
            <p role="status" aria-live="polite" className="text-sm text-muted">
              {status === 'copied'
                ? t('embed.copied')
                : status === 'failed'
                  ? t('header.copyFailed')
                  : ''}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
