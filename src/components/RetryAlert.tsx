import { useTranslation } from '../i18n/useTranslation.ts';

/** A part of the page that failed to load: what happened, and a button to try again. */
export function RetryAlert({
  message,
  onRetry,
  className,
}: {
  message: string;
  onRetry(): void;
  className: string;
}) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={className}>
      <p>{message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-canvas"
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
