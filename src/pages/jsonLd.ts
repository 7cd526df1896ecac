/**
 * schema.org Event data for an event page, in the page's language. Dates keep the precision the
 * curators gave them: schema.org's Date is ISO 8601, which allows a year ("2026") or a month
 * ("2026-02") alone, so an event known only to the month is never claimed for its first day.
 */
import type { Lang } from '../domain/languages.ts';
import type { Dataset, Source } from '../domain/schema.ts';
import type { PageEvent } from './pageEvent.ts';

export interface JsonLdContext {
  dataset: Pick<Dataset, 'actors' | 'forums' | 'affiliations'>;
  /** The page's absolute (or site-relative, without a configured origin) address. */
  url: string;
  image?: string;
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

function sourceLd(source: Source, lang: Lang): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    publisher: { '@type': 'Organization', name: source.outlet[lang] },
    datePublished: source.published,
    inLanguage: source.language,
    ...(source.url ? { url: source.url } : {}),
  };
}

export function eventJsonLd(
  event: PageEvent,
  lang: Lang,
  context: JsonLdContext,
): Record<string, unknown> {
  const actors = byId(context.dataset.actors);
  const forums = byId(context.dataset.forums);
  const affiliations = byId(context.dataset.affiliations);
  const end = event.date.end ?? event.date.start;
  const attendee = event.actors.flatMap((id) => {
    const actor = actors.get(id);
    if (!actor) return [];
    const affiliation = affiliations.get(actor.affiliation);
    return [
      {
        '@type': 'Person',
        name: actor.name[lang],
        jobTitle: actor.role[lang],
        ...(affiliation
          ? {
              affiliation: {
                '@type': affiliation.kind === 'country' ? 'Country' : 'Organization',
                name: affiliation.name[lang],
              },
            }
          : {}),
      },
    ];
  });
  const superEvent = event.forums.flatMap((id) => {
    const forum = forums.get(id);
    return forum ? [{ '@type': 'Event', name: forum.name[lang] }] : [];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title[lang],
    description: event.summary[lang],
    url: context.url,
    inLanguage: lang,
    startDate: event.date.start,
    endDate: end,
    // schema.org has no "happened": an event that took place as announced keeps EventScheduled
    // (its documented meaning), and a planned one is scheduled by definition.
    eventStatus: 'https://schema.org/EventScheduled',
    ...(event.place ? { location: { '@type': 'Place', name: event.place[lang] } } : {}),
    ...(attendee.length ? { attendee } : {}),
    ...(superEvent.length ? { superEvent } : {}),
    subjectOf: event.sources.map((source) => sourceLd(source, lang)),
    ...(context.image ? { image: context.image } : {}),
  };
}
