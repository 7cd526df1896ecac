import { useId, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Dataset, TimelineEvent } from '../domain/schema.ts';
import { LANGS, type Lang } from '../domain/languages.ts';
import { formatEventDate } from '../domain/formatDate.ts';
import { citation } from '../domain/citation.ts';
import { useDisplay } from './display.ts';
import { CiteBox } from './CiteBox.tsx';
import { todayIso } from './saveFile.ts';

/** "Cite this event": a button that unfolds the event's citation in both languages. */
export function CiteEvent({
  event,
  dataset,
  linkIn,
}: {
  event: TimelineEvent;
  dataset: Dataset;
  /** The address that opens this event, in a language. */
  linkIn(lang: Lang): string;
}) {
  const { t } = useTranslation();
  const display = useDisplay();
  const [open, setOpen] = useState(false);
  const id = useId();
  // Written when unfolded, not with every opening of an event: the other language's dates
  // cost a first use of its formatters (~14 ms of an event's opening, profiled).
  const citations = () =>
    Object.fromEntries(
      LANGS.map((l) => [
        l,
        citation(
          {
            what: event.title[l],
            date: formatEventDate(event, l, display).text,
            version: dataset.hash,
            ...(dataset.modified ? { versionDate: dataset.modified } : {}),
            accessed: todayIso(),
            link: linkIn(l),
          },
          l,
          display,
        ),
      ]),
    ) as Record<Lang, string>;
  return (
    <div className="masar-controls flex flex-col gap-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="self-start rounded-md border border-line px-3 py-1.5 text-sm hover:bg-canvas"
      >
        {t('export.citeEvent')}
      </button>
      <div id={id} hidden={!open}>
        {open && <CiteBox citations={citations()} />}
      </div>
    </div>
  );
}
