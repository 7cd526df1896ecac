import { useTranslation } from '../i18n/useTranslation.ts';

/** Skeleton in the shape of the page, so nothing jumps when the events arrive. */
export function LoadingView({ slow }: { slow: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-1 flex-col gap-4 p-4" aria-busy="true">
      <p role="status" aria-live="polite" className="text-muted">
        {slow ? t('error.slow') : t('loading')}
      </p>
      <div className="masar-skeleton h-64 rounded-lg" aria-hidden="true" />
      <div className="flex flex-col gap-2" aria-hidden="true">
        <div className="masar-skeleton h-6 w-2/3 rounded" />
        <div className="masar-skeleton h-6 w-1/2 rounded" />
        <div className="masar-skeleton h-6 w-3/5 rounded" />
      </div>
    </div>
  );
}
