import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEventDate } from '../domain/formatDate.ts';
import type { TimelineEvent } from '../domain/schema.ts';
import type { RelatedLink } from '../domain/relations.ts';
import type { Lang } from '../domain/languages.ts';
import { useDisplay } from './display.ts';
import { EventDate } from './EventDate.tsx';

export interface RelatedEventsProps {
  /** The open event's relations, both ways, as the compiled details carry them. */
  related: readonly RelatedLink[];
  status: TimelineEvent['status'];
  lang: Lang;
  eventOf(id: string): TimelineEvent | undefined;
  /** The address that opens an event, for a link a reader can also open in a new tab. */
  linkFor(id: string): string;
  /** Opens an event in place, as choosing it in the list does. */
  onOpen(id: string): void;
}

/** A plain click opens the event in place; a click meant for a new tab or window goes to the browser. */
function inPlace(e: MouseEvent<HTMLAnchorElement>, open: () => void) {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  open();
}

/**
 * The events this one leads from and to («أُعلن عنه في …», «تبعه …»), each a link that opens it.
 * A planned event whose outcome is recorded says so first, with the outcome.
 */
export function RelatedEvents({
  related,
  status,
  lang,
  eventOf,
  linkFor,
  onOpen,
}: RelatedEventsProps) {
  const { t } = useTranslation();
  const display = useDisplay();
  // An id the data no longer has (a hand-edited JSON) is left out rather than shown as a dead link.
  const known = related.flatMap((link) => {
    const event = eventOf(link.id);
    return event ? [{ link, event }] : [];
  });
  if (known.length === 0) return null;
  const outcomes =
    status === 'planned' ? known.filter((k) => k.link.relation === 'has-outcome') : [];
  const rest = known.filter((k) => !outcomes.includes(k));
  const item = ({ link, event }: (typeof known)[number], phrase: boolean) => (
    <li key={`${link.relation} ${link.id}`}>
      {phrase && <span className="text-muted">{t(`related.${link.relation}`)} </span>}
      <a
        href={linkFor(link.id)}
        onClick={(e) => inPlace(e, () => onOpen(link.id))}
        className="text-accent underline"
      >
        <bdi>{event.title[lang]}</bdi>
      </a>{' '}
      <span className="text-muted">
        <EventDate date={formatEventDate(event, lang, display)} t={t} />
      </span>
    </li>
  );
  return (
    <div>
      <h3 className="font-semibold">{t('related.heading')}</h3>
      {outcomes.length > 0 && (
        <div className="text-sm">
          <p>{t('related.plannedOutcome')}</p>
          <ul className="flex flex-col gap-1">{outcomes.map((k) => item(k, false))}</ul>
        </div>
      )}
      {rest.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm">{rest.map((k) => item(k, true))}</ul>
      )}
    </div>
  );
}
