/**
 * The timeline with what belongs to it on the page: the toolbar, the keys explained, the live
 * region that reads where the keyboard or the window went, and the legend.
 */
import { useTranslation } from 'react-i18next';
import { axisLabel } from '../domain/formatDate.ts';
import type { Forum } from '../domain/schema.ts';
import type { RefObject } from 'react';
import type { TimelineHandle, TimelineProps } from '../timeline/Timeline.tsx';
import { positionOf } from '../timeline/timelineData.ts';
import { Legend } from '../components/Legend.tsx';
import { TimelineToolbar } from '../components/TimelineToolbar.tsx';
import { TimelinePane } from './TimelinePane.tsx';
import type { useTimelineWindow } from '../timeline/useTimelineWindow.ts';

type Pane = Omit<
  TimelineProps,
  | 'ref'
  | 'label'
  | 'roleDescription'
  | 'describedBy'
  | 'formatAxis'
  | 'initialWindow'
  | 'onWindowChange'
>;

interface TimelineSectionProps extends Pane {
  timelineRef: RefObject<TimelineHandle | null>;
  window: ReturnType<typeof useTimelineWindow>;
  forums: readonly Forum[];
  /** The focused day from the link, shown in the date field. */
  date?: string;
  /** What the live region reads: where the keyboard's cursor or the window went. */
  announcement: string;
  onStep(direction: 1 | -1): void;
  onFit(): void;
  onGoToDate(day: string): void;
}

export function TimelineSection({
  timelineRef,
  window,
  forums,
  date,
  announcement,
  onStep,
  onFit,
  onGoToDate,
  ...pane
}: TimelineSectionProps) {
  const { t } = useTranslation();
  const { lang, data, selectedId } = pane;
  const selected = positionOf(data, selectedId);
  const count = data.events.length;
  return (
    <section aria-label={t('timeline.region')} className="flex flex-col gap-2">
      <TimelineToolbar
        onZoomIn={window.zoomIn}
        onZoomOut={window.zoomOut}
        onFit={onFit}
        onPrevious={() => onStep(-1)}
        onNext={() => onStep(1)}
        canPrevious={count > 0 && selected !== 0}
        canNext={count > 0 && selected < count - 1}
        initialDate={date}
        onGoToDate={onGoToDate}
      />
      <div className="h-72 md:h-96">
        <TimelinePane
          ref={timelineRef}
          {...pane}
          initialWindow={window.initialWindow}
          onWindowChange={window.onWindowChange}
          label={t('timeline.region')}
          roleDescription={t('timeline.roleDescription')}
          describedBy="timeline-keys"
          formatAxis={(at, scale, major) => axisLabel(at, scale, lang, { major })}
        />
      </div>
      <p id="timeline-keys" className="text-xs text-muted">
        {t('timeline.keys')}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <Legend forums={forums} lang={lang} />
    </section>
  );
}
