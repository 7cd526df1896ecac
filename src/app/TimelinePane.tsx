/**
 * The timeline's place on the page: the timeline once its engine has arrived, a placeholder while
 * it comes, and a retry if its download failed (the list and filters work meanwhile).
 */
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TimelineProps } from '../timeline/Timeline.tsx';
import type { Digits } from '../domain/displayPrefs.ts';
import { RetryAlert } from '../components/RetryAlert.tsx';
import { useTimelineEngine } from './useTimelineEngine.ts';

/**
 * `digits` is the axis labels' digit shape: vis-timeline caches its axis, so a change remounts it
 * like a language change does.
 */
export function TimelinePane({ digits, ...props }: TimelineProps & { digits: Digits }) {
  const { t } = useTranslation();
  // The engine starts after the first paint of the page, in a task of its own, so the filters
  // and the list are on screen and usable while it lays itself out.
  const engine = useTimelineEngine();
  if (engine.status === 'ready')
    return <engine.Timeline key={`${props.lang}-${digits}`} {...props} />;
  if (engine.status === 'failed') {
    return (
      <RetryAlert
        message={t('timeline.engineFailed')}
        onRetry={engine.retry}
        className="flex h-full flex-col items-center justify-center gap-3 rounded-lg border border-line"
      />
    );
  }
  return (
    <div className="masar-skeleton flex h-full items-center justify-center rounded-lg">
      {t('timeline.loadingEngine')}
    </div>
  );
}
