import { useTranslation } from '../i18n/useTranslation.ts';
import type { FormattedEventDate } from '../domain/formatDate.ts';

/**
 * An event's date as text a reader can trust: machine-readable <time>, and words that say when a
 * date is only known to the month or year, or is still to come.
 */
export function EventDate({
  date,
  withPrecision,
  gregorianOnly,
}: {
  date: FormattedEventDate;
  withPrecision?: boolean;
  /** Where the Hijri date has a line of its own (the details): otherwise both, in reader order. */
  gregorianOnly?: boolean;
}) {
  const { t } = useTranslation();
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
