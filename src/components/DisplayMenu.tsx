import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import {
  CALENDARS,
  DIGITS,
  type CalendarFirst,
  type Digits,
  type DisplayPrefs,
} from '../domain/displayPrefs.ts';
import { LANGUAGES, type Lang } from '../domain/languages.ts';
import { useDisclosure } from './useDisclosure.ts';

interface DisplayMenuProps {
  lang: Lang;
  prefs: DisplayPrefs;
  onChange(patch: Partial<DisplayPrefs>): void;
}

/** Each digit choice shows its own digits, so a reader recognises theirs without reading. */
const DIGIT_SAMPLE: Record<Digits, string> = { latn: '0123', arab: '٠١٢٣' };
const DIGIT_NAME = { latn: 'header.digitsLatin', arab: 'header.digitsArabic' } as const;
const CALENDAR_NAME = {
  gregory: 'header.calendarGregory',
  hijri: 'header.calendarHijri',
} as const;

const button = 'rounded-md border border-line px-3 py-1.5 text-sm hover:bg-canvas';

/**
 * The header's display menu: a disclosure button and a small panel of two radio groups (digits,
 * calendar first). Native radios give the keyboard what readers expect (Tab into a group, arrows
 * choose), and a disclosure rather than an ARIA menu keeps them radios for screen readers.
 */
export function DisplayMenu({ lang, prefs, onChange }: DisplayMenuProps) {
  const { t } = useTranslation();
  const { open, setOpen, buttonRef, boxRef } = useDisclosure();
  const panelId = useId();
  const name = useId();

  return (
    <div ref={boxRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('header.displayLabel')}
        onClick={() => setOpen((o) => !o)}
        className={`${button} ${open ? 'bg-canvas' : ''}`}
      >
        {t('header.display')}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute end-0 top-full z-40 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-line bg-surface p-3 text-sm shadow-lg"
      >
        {LANGUAGES[lang].digitChoice && (
          <fieldset className="mb-3">
            <legend className="mb-1 font-semibold">{t('header.digits')}</legend>
            <div className="flex flex-col gap-1">
              {DIGITS.map((digits) => (
                <label
                  key={digits}
                  className="flex items-center gap-2 rounded-md px-1 py-1 hover:bg-canvas pointer-coarse:min-h-11"
                >
                  <input
                    type="radio"
                    name={`${name}-digits`}
                    value={digits}
                    checked={prefs.digits === digits}
                    onChange={() => onChange({ digits })}
                  />
                  <span>{t(DIGIT_NAME[digits])}</span>
                  <bdi className="ms-auto font-mono text-muted" aria-hidden="true">
                    {DIGIT_SAMPLE[digits]}
                  </bdi>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <fieldset>
          <legend className="mb-1 font-semibold">{t('header.calendar')}</legend>
          <div className="flex flex-col gap-1">
            {CALENDARS.map((calendar: CalendarFirst) => (
              <label
                key={calendar}
                className="flex items-center gap-2 rounded-md px-1 py-1 hover:bg-canvas pointer-coarse:min-h-11"
              >
                <input
                  type="radio"
                  name={`${name}-calendar`}
                  value={calendar}
                  checked={prefs.calendar === calendar}
                  onChange={() => onChange({ calendar })}
                />
                <span>{t(CALENDAR_NAME[calendar])}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="mt-3 text-xs text-muted">{t('header.displayNote')}</p>
      </div>
    </div>
  );
}
