import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEventDate } from '../domain/formatDate.ts';
import type { Dataset, TimelineEvent } from '../domain/schema.ts';
import type { Lang } from '../domain/viewState.ts';
import { EventDate } from './EventDate.tsx';

interface EventListProps {
  events: readonly TimelineEvent[];
  dataset: Dataset;
  lang: Lang;
  selectedId?: string;
  highlighted: ReadonlySet<string>;
  onSelect(id: string): void;
}

/** The chronological list: the screen-reader path, and the main view on narrow phones. */
export const EventList = memo(function EventList(props: EventListProps) {
  const { t } = useTranslation();
  const { events, dataset, lang } = props;
  const typeName = useMemo(() => new Map(dataset.types.map((x) => [x.id, x.name])), [dataset]);
  const years = useMemo(() => {
    const groups: { year: string; events: TimelineEvent[] }[] = [];
    for (const event of events) {
      const year = event.from.slice(0, 4);
      const last = groups.at(-1);
      if (last?.year === year) last.events.push(event);
      else groups.push({ year, events: [event] });
    }
    return groups;
  }, [events]);

  return (
    <section
      id="event-list"
      aria-labelledby="event-list-heading"
      tabIndex={-1}
      className="flex flex-col gap-2"
    >
      <h2 id="event-list-heading" className="text-lg font-semibold">
        {t('list.heading')}
      </h2>
      {years.map((group) => (
        <section key={group.year} aria-labelledby={`year-${group.year}`}>
          <h3
            id={`year-${group.year}`}
            className="border-b border-line py-1 font-semibold text-muted"
          >
            <bdi>{t('list.year', { year: group.year })}</bdi>
          </h3>
          <ol className="flex flex-col">
            {group.events.map((event) => {
              const selected = event.id === props.selectedId;
              const date = formatEventDate(event, lang);
              return (
                <li key={event.id} data-event-id={event.id}>
                  <button
                    type="button"
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => props.onSelect(event.id)}
                    className={`flex w-full flex-col items-start gap-0.5 rounded-md px-2 py-2 text-start hover:bg-surface ${
                      selected ? 'bg-surface ring-2 ring-accent' : ''
                    } ${props.highlighted.has(event.id) ? 'bg-highlight' : ''}`}
                  >
                    <span className="text-sm text-muted">
                      <EventDate date={date} />
                      <span className="ms-2">· {typeName.get(event.type)?.[lang]}</span>
                    </span>
                    <span className="font-semibold">{event.title[lang]}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
});
