import { useTranslation } from '../i18n/useTranslation.ts';
import { formatPartialDate } from '../domain/formatDate.ts';
import { useDisplay } from './display.ts';
import type { EventDetails } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import type { QueryTerms } from '../domain/searchExplain.ts';
import { markRanges } from '../domain/textMarks.ts';
import { Marked, Name, NO_MARKS } from './Marked.tsx';

// The compiler already refuses other schemes; this keeps a hand-edited JSON from smuggling one in.
const SAFE_URL = /^https?:\/\//i;

/** The details that may come from a chunk file: summary (with the search's marks), basis, sources. */
export function DetailsBody({
  details,
  lang,
  terms,
}: {
  details: EventDetails;
  lang: Lang;
  terms: QueryTerms | undefined;
}) {
  const { t } = useTranslation();
  const display = useDisplay();
  const summary = details.summary[lang];
  return (
    <>
      <div>
        <h3 className="font-semibold">{t('details.summary')}</h3>
        <p>
          <Marked text={summary} ranges={terms ? markRanges(summary, terms) : NO_MARKS} />
        </p>
      </div>
      {details.basis && (
        <div>
          <h3 className="font-semibold">{t('details.basis')}</h3>
          <p className="text-sm">{details.basis[lang]}</p>
        </div>
      )}
      <div>
        <h3 className="font-semibold">{t('details.sources')}</h3>
        <ul className="flex flex-col gap-1 text-sm">
          {details.sources.map((source, i) => (
            <li key={i}>
              {source.url && SAFE_URL.test(source.url) ? (
                <a
                  href={source.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-accent underline"
                >
                  <Name text={source.outlet[lang]} />
                  <span className="sr-only"> {t('details.newTab')}</span>
                </a>
              ) : (
                <Name text={source.outlet[lang]} />
              )}
              {/* On paper a link is only as good as its address: print writes it out. */}
              {source.url && SAFE_URL.test(source.url) && (
                <bdi dir="ltr" className="masar-print-url hidden">
                  {' '}
                  {source.url}
                </bdi>
              )}
              <span className="text-muted">
                {' '}
                ·{' '}
                {t('details.published', {
                  date: formatPartialDate(source.published, lang, display),
                })}
              </span>
              {source.note && <span className="block text-muted">{source.note[lang]}</span>}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
