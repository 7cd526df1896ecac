import { memo, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { isoMonth } from '../domain/calendar.ts';
import {
  MAX_ENTRY_YEAR,
  MIN_ENTRY_YEAR,
  readDateEntry,
  toMonth,
  type DateEntryProblem,
  type DateEntryResult,
  type ReadDate,
} from '../domain/dateEntry.ts';
import { formatPartialDate, formatReadBack } from '../domain/formatDate.ts';
import { withDigits } from '../domain/displayPrefs.ts';
import { useDisplay } from './display.ts';
import type { Lang } from '../domain/languages.ts';
import type { PartialDate } from '../domain/partialDate.ts';
import { BdiText, placeholders } from './BdiText.tsx';

/** What a field takes: any day, or months only (a day typed there stands for its month). */
export type DateUnit = 'day' | 'month';

// The examples in hints and messages: one fixed day, written by the same formatter that fills
// the field, so an example is always something the field reads back.
const SAMPLE_DAY = '2026-02-04';
const SAMPLE_MONTH = SAMPLE_DAY.slice(0, 7);

/**
 * The accepted forms, in the page's language: shared by the period's two fields. Memoised: its
 * examples are formatted with Intl, and a filter click renders the panel and the toolbar that
 * hold it again (11 ms of a forum click's 150 ms of main-thread time in a profile).
 */
export const DateHint = memo(function DateHint({
  id,
  lang,
  unit,
  hidden,
}: {
  id: string;
  lang: Lang;
  unit: DateUnit;
  /** Read by screen readers only (the field's own line is showing something else). */
  hidden?: boolean;
}) {
  const { t } = useTranslation();
  const display = useDisplay();
  const n = (text: string) => withDigits(text, display.digits);
  const month = formatPartialDate(SAMPLE_MONTH, lang, display);
  const day = {
    day: formatPartialDate(SAMPLE_DAY, lang, display),
    numeric: n('4/2/2026'),
    month,
    year: n('2026'),
  };
  const months = { month, numeric: n('2/2026'), year: n('2026') };
  return (
    <p id={id} className={hidden ? 'sr-only' : 'text-xs text-muted'}>
      {unit === 'day' ? (
        <BdiText template={t('dateEntry.hintDay', placeholders(day))} values={day} />
      ) : (
        <BdiText template={t('dateEntry.hintMonth', placeholders(months))} values={months} />
      )}
    </p>
  );
});

/** The reason a text is no date, in words, with what the reader typed quoted back in a <bdi>. */
function Problem({
  problem,
  lang,
  unit,
}: {
  problem: DateEntryProblem;
  lang: Lang;
  unit: DateUnit;
}) {
  const { t } = useTranslation();
  const display = useDisplay();
  const n = (value: number) => withDigits(String(value), display.digits);
  const say = <T extends Record<string, string | number>>(template: string, values: T) => (
    <BdiText template={template} values={values} />
  );
  const example = {
    example: formatPartialDate(unit === 'day' ? SAMPLE_DAY : SAMPLE_MONTH, lang, display),
  };
  switch (problem.kind) {
    case 'empty':
      return t('dateEntry.errors.empty');
    case 'hijri':
      return t('dateEntry.errors.hijri');
    case 'month-name': {
      const v = { text: problem.text };
      return say(t('dateEntry.errors.month-name', placeholders(v)), v);
    }
    case 'short-year': {
      const v = { text: problem.text };
      return say(t('dateEntry.errors.short-year', placeholders(v)), v);
    }
    case 'month': {
      const v = { month: n(problem.month) };
      const key = problem.swapped ? 'dateEntry.errors.monthSwapped' : 'dateEntry.errors.month';
      return say(t(key, placeholders(v)), v);
    }
    case 'day': {
      const v = {
        day: n(problem.day),
        month: formatPartialDate(isoMonth(problem.year, problem.month), lang, display),
        max: n(problem.max),
      };
      return say(t('dateEntry.errors.day', placeholders(v)), v);
    }
    case 'year': {
      const v = { year: n(problem.year), min: n(MIN_ENTRY_YEAR), max: n(MAX_ENTRY_YEAR) };
      return say(t('dateEntry.errors.year', placeholders(v)), v);
    }
    case 'no-year':
      return say(t('dateEntry.errors.no-year', placeholders(example)), example);
    case 'unreadable':
      return say(t('dateEntry.errors.unreadable', placeholders(example)), example);
  }
}

function ReadBackLine({
  read,
  typed,
  lang,
}: {
  read: ReadDate;
  typed: DateEntryResult;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const display = useDisplay();
  const { gregorian, hijri } = formatReadBack(read.value, lang, display);
  const [first, second] = display.calendar === 'hijri' ? [hijri, gregorian] : [gregorian, hijri];
  return (
    <>
      <bdi>{first}</bdi> — <bdi>{second}</bdi>
      {typed.ok && typed.precision !== read.precision && <> ({t('dateEntry.wholeMonth')})</>}
    </>
  );
}

interface DateEntryProps {
  label: string;
  lang: Lang;
  unit: DateUnit;
  /** The value the page holds; when it changes from elsewhere (a link, a reset) the field shows it. */
  value: PartialDate | undefined;
  /** The button that submits («اذهب»). Without one, Enter and leaving the field commit. */
  submitLabel?: string;
  /** The hint's id when it is shown outside the field (one hint for the period's two fields). */
  hintId?: string;
  /** A date read; undefined when a field without a button was emptied. */
  onCommit(read: ReadDate | undefined): void;
  buttonClassName?: string;
}

/**
 * A date typed as the reader writes it (see domain/dateEntry.ts), read back in words with the
 * Hijri date beside it as they type. A date it cannot read is reported once the reader commits
 * it (Enter, the button, or leaving the field), then re-checked as they correct it: a message on
 * every keystroke of a half-typed date would only scold. Nothing is committed that was not read.
 */
export function DateEntry(props: DateEntryProps) {
  const { label, lang, unit, value, submitLabel } = props;
  const id = useId();
  const ownHintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const input = useRef<HTMLInputElement>(null);

  const display = useDisplay();
  const shown = (v: PartialDate | undefined, l: Lang) =>
    v ? formatPartialDate(v, l, display) : '';
  const [text, setText] = useState(() => shown(value, lang));
  const [checked, setChecked] = useState(false);

  const typed = readDateEntry(text);
  const read = typed.ok ? (unit === 'month' ? toMonth(typed) : typed) : undefined;

  // Follow the page: a new value from elsewhere replaces the text, unless the text already says
  // it (the reader's own spelling is kept); a language switch rewrites text the page wrote.
  const [synced, setSynced] = useState({ value, lang });
  if (synced.value !== value || synced.lang !== lang) {
    setSynced({ value, lang });
    if (text === shown(synced.value, synced.lang) || read?.value !== value) {
      setText(shown(value, lang));
      setChecked(false);
    }
  }

  const emptied = !typed.ok && typed.reason.kind === 'empty';
  // Text the page wrote and the reader left alone: leaving the field must not rewrite a value
  // from a link (a period of days would become whole months).
  const untouched = text === shown(value, lang);
  const commit = (always: boolean): boolean => {
    if (!always && untouched) return true;
    if (read) {
      if (always || read.value !== value) props.onCommit(read);
      return true;
    }
    if (emptied && !submitLabel) {
      if (value !== undefined) props.onCommit(undefined);
      return true;
    }
    setChecked(true);
    return false;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The reader stays where the correction is to be made (the button may hold focus now).
    if (!commit(true)) input.current?.focus();
  };
  const error = checked && !typed.ok;
  const message = !typed.ok
    ? error && <Problem problem={typed.reason} lang={lang} unit={unit} />
    : read && <ReadBackLine read={read} typed={typed} lang={lang} />;

  const stacked = !submitLabel;
  return (
    <form onSubmit={submit} className="flex min-w-0 flex-col gap-1" noValidate>
      <div className={stacked ? 'flex flex-col gap-1' : 'flex flex-wrap items-center gap-1.5'}>
        <label htmlFor={id} className={stacked ? 'text-sm font-semibold' : 'text-sm'}>
          {label}
        </label>
        <input
          ref={input}
          id={id}
          type="text"
          // Month names are letters, so a text keyboard; a numeric one would shut them out.
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={error || undefined}
          aria-describedby={`${props.hintId ?? ownHintId} ${statusId}`}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => {
            if (stacked) commit(false);
            else if (text.trim() !== '' && !typed.ok) setChecked(true);
          }}
          className={`rounded-md border bg-surface px-2 py-1 text-sm ${
            error ? 'border-danger' : 'border-line'
          } ${stacked ? 'w-full' : 'w-48'}`}
        />
        {submitLabel && (
          <button type="submit" className={props.buttonClassName}>
            {submitLabel}
          </button>
        )}
      </div>
      {/* The field's own hint and its reading share one line: the hint until there is
          something to read back, so the toolbar does not grow by a line as the reader types. */}
      {!props.hintId && <DateHint id={ownHintId} lang={lang} unit={unit} hidden={!!message} />}
      <p
        id={statusId}
        aria-live="polite"
        className={`text-sm ${error ? 'font-semibold text-danger' : 'text-muted'}`}
      >
        {message}
      </p>
    </form>
  );
}
