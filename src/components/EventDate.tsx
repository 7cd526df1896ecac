import type { TFunction } from 'i18next';
import type { FormattedEventDate } from '../domain/formatDate.ts';

/**
 * An event's date as text a reader can trust: machine-readable <time>, and words that say when a
 * date is only known to the month or year, or is still to come.
 */
export function EventDate({
  date,
  t,
  withPrecision,
  gregorianOnly,
}: {
  date: FormattedEventDate;
  /**
   * The caller's translate function. Not a hook of its own: the list holds fifty of these, and
   * each react-i18next hook keeps its own state and language subscription, set up as a row
   * appears and taken down as it goes (a tenth of a filter click's render at 10,000 events,
   * profiled). The caller re-renders on a language change, and this with it.
   */
  t: TFunction;
  withPrecision?: boolean;
  /** Where the Hijri date has a line of its own (the details): otherwise both, in reader order. */
  gregorianOnly?: boolean;
}) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <time dateTime={date.datetime}>
        <bdi>{gregorianOnly ? date.text : date.line}</bdi>
      </time>
      {date.planned && (
        <span className="rounded-sm border border-dashed border-muted px-1 text-xs">
          {t('details.planned')}
        </span>
      )}
      {(withPrecision || date.approximate) && (
        <span className="text-xs text-muted">{t(`details.precision_${date.precision}`)}</span>
      )}
    </span>
  );
}
