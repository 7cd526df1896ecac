import { useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { formatEventDate, formatPartialDate } from '../domain/formatDate.ts';
import type { TimelineEvent } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import type { Ignored } from '../url/ignored.ts';
import { useDisplay } from './display.ts';
import { useFocusAfterRender } from './useFocusAfterRender.ts';

interface NoticeBarProps {
  ignored: readonly Ignored[];
  onDismissIgnored(): void;
  /** The focused date from the link or "go to date", while its notice is open. */
  date?: string;
  dayCount: number;
  nearest: readonly TimelineEvent[];
  lang: Lang;
  onSelect(id: string): void;
  onDismissDate(): void;
  /** Notices that are not about the link (a newer version of the data), shown first. */
  children?: ReactNode;
}

const box = 'flex items-start gap-3 rounded-lg border px-4 py-3';
const dismiss = 'ms-auto shrink-0 rounded-md border border-line px-2 py-0.5 text-sm';

/**
 * Where the focus goes when a notice it was in goes away: the next notice's "hide" button, else the
 * first place after the notices that takes it (the filters, or in an embed the view's controls).
 */
function nextStop(bar: HTMLElement): HTMLElement | null {
  const notice = bar.querySelector<HTMLElement>('[data-dismiss]');
  if (notice) return notice;
  const after = bar.parentElement?.nextElementSibling;
  if (!(after instanceof HTMLElement)) return null;
  if (after.hasAttribute('tabindex')) return after;
  return after.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]');
}

/** Polite, dismissible notices: what the link asked for that was ignored, what the date holds. */
export function NoticeBar(props: NoticeBarProps) {
  const { t } = useTranslation();
  const { lang } = props;
  const display = useDisplay();
  // A "hide" button goes away with its notice, and the focus of the reader who pressed it would
  // fall to the page's start: it moves on instead (see nextStop).
  const barRef = useRef<HTMLDivElement>(null);
  const focusAfter = useFocusAfterRender();
  return (
    <div
      ref={barRef}
      aria-live="polite"
      className="flex flex-col gap-2 empty:hidden"
      onClickCapture={(event) => {
        if (event.target instanceof Element && event.target.closest('[data-dismiss]'))
          focusAfter(() => {
            const bar = barRef.current;
            return bar && !bar.contains(document.activeElement) ? nextStop(bar) : null;
          });
      }}
    >
      {props.children}
      {props.ignored.length > 0 && (
        <div role="status" className={`${box} border-line bg-surface`}>
          <div>
            <p className="font-semibold">{t('notices.ignoredTitle')}</p>
            <ul className="list-inside list-disc text-sm">
              {props.ignored.map((item, i) => (
                <li key={i}>
                  <bdi dir="ltr" className="font-mono">
                    {item.param ? `${item.param}=` : ''}
                    {item.value}
                  </bdi>{' '}
                  — {t(`url.ignored.${item.reason}`)}
                </li>
              ))}
            </ul>
          </div>
          <button type="button" data-dismiss onClick={props.onDismissIgnored} className={dismiss}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
      {props.date && (
        <div role="status" className={`${box} border-line bg-surface`}>
          <div>
            {props.dayCount > 0 ? (
              <p>
                {t('notices.dateSome', {
                  count: props.dayCount,
                  date: formatPartialDate(props.date, lang, display),
                })}
              </p>
            ) : (
              <>
                <p>
                  {t('notices.dateNone', { date: formatPartialDate(props.date, lang, display) })}
                </p>
                {props.nearest.length > 0 && (
                  <>
                    <p className="text-sm">{t('notices.nearest')}</p>
                    <ul className="flex flex-col text-sm">
                      {props.nearest.map((event) => (
                        <li key={event.id}>
                          <button
                            type="button"
                            className="text-accent underline"
                            onClick={() => props.onSelect(event.id)}
                          >
                            {event.title[lang]}
                          </button>{' '}
                          <span className="text-muted">
                            (<bdi>{formatEventDate(event, lang, display).line}</bdi>)
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </div>
          <button type="button" data-dismiss onClick={props.onDismissDate} className={dismiss}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
