/** Curator-facing wording for partial dates that are not real calendar dates. */
import { isDateParts, parsePartialDate } from '../domain/partialDate.ts';
import { quote } from './bounds.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why `value` is not a real partial date, or undefined when it is one. */
export function dateProblem(value: string): string | undefined {
  const parsed = parsePartialDate(value);
  if (isDateParts(parsed)) return undefined;
  switch (parsed.kind) {
    case 'format':
      return `${quote(value)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2026-02-04`;
    case 'month':
      return `${quote(value)} is not a real date: there is no month ${parsed.month}`;
    case 'day': {
      const [year, month] = value.split('-').map(Number) as [number, number];
      return `${quote(value)} is not a real date: ${MONTHS[month - 1]} ${year} has ${parsed.max} days`;
    }
  }
}
