import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { LoadFailure } from '../data/loadDataset.ts';

export function ErrorView({ failure, onRetry }: { failure: LoadFailure; onRetry(): void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const message =
    failure.kind === 'http'
      ? t('error.http', { status: failure.status })
      : t(`error.${failure.kind}`);
  return (
    <div
      role="alert"
      className="m-4 flex flex-col items-start gap-3 rounded-lg border border-line bg-surface p-6"
    >
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        {t('error.title')}
      </h2>
      <p>{message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md bg-accent px-4 py-2 text-accent-ink"
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
