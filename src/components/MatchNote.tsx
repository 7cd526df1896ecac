import { Fragment } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Dataset, TimelineEvent } from '../domain/schema.ts';
import { listParts, type Lang } from '../domain/languages.ts';
import { explainMatch, type QueryTerms } from '../domain/searchExplain.ts';
import { markRanges, snippet } from '../domain/textMarks.ts';
import { Marked, Name } from './Marked.tsx';

/** What the list needs to explain a search's results. */
export interface ListSearch {
  terms: QueryTerms;
  /** The event's summary in the language on screen, when it is at hand without a request. */
  summaryOf(event: TimelineEvent): string | undefined;
}

/**
 * Under a list item, why it is a result when its title does not show it: the participants the
 * query named, and the words of the summary it was found in. A summary still in its chunk file
 * is not fetched for this: the note then says only that the match is in the summary.
 */
export function MatchNote(props: {
  event: TimelineEvent;
  dataset: Dataset;
  lang: Lang;
  search: ListSearch;
  titleMarked: boolean;
}) {
  const { t } = useTranslation();
  const { event, lang, search } = props;
  const summary = search.summaryOf(event);
  const why = explainMatch(event, lang, search.terms, summary);
  const named =
    props.titleMarked || !why.places.has('participants')
      ? []
      : props.dataset.actors.filter(
          (a) => event.actors.includes(a.id) && search.terms.actors.has(a.id),
        );
  if (!why.summaryOnly && named.length === 0) return null;
  const excerpt =
    why.summaryOnly && summary !== undefined
      ? snippet(summary, markRanges(summary, search.terms))
      : undefined;
  return (
    <div className="flex flex-col gap-0.5 px-2 pb-2 text-sm text-muted">
      {named.length > 0 && (
        <p>
          {t('search.participants')}:{' '}
          {listParts(
            lang,
            named.map((a) => a.name[lang]),
          ).map((part, i) =>
            part.type === 'element' ? (
              <Name key={i} text={part.value} ranges={[[0, part.value.length]]} />
            ) : (
              <Fragment key={i}>{part.value}</Fragment>
            ),
          )}
        </p>
      )}
      {why.summaryOnly && (
        <p>
          <span className="font-semibold">{t('search.inSummary')}</span>
          {excerpt && (
            <>
              {': '}
              {excerpt.cutStart && '… '}
              <Marked text={excerpt.text} ranges={excerpt.ranges} />
              {excerpt.cutEnd && ' …'}
            </>
          )}
        </p>
      )}
    </div>
  );
}
