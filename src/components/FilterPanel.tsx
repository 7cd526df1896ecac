import { memo, useId } from 'react';
import { UnavailableButton } from './UnavailableButton.tsx';
import { ForumDot } from './ForumDot.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useDigits } from './display.ts';
import type { Dataset } from '../domain/schema.ts';
import type { FacetCounts, FilterView } from '../domain/filters.ts';
import type { NameIndex } from '../domain/searchIndex.ts';
import type { PartialDate } from '../domain/partialDate.ts';
import { orderedSpan, type DateSpan } from '../domain/viewState.ts';
import type { Lang } from '../domain/languages.ts';
import { MAX_Q_LENGTH } from '../url/params.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { DateEntry, DateHint } from './DateEntry.tsx';

export type FilterPatch = Partial<FilterView>;

interface FilterPanelProps {
  dataset: Dataset;
  /** The filters as chosen. */
  view: FilterView;
  lang: Lang;
  counts: FacetCounts;
  actorNames: NameIndex;
  total: number;
  shown: number;
  /** False while a large corpus is still being indexed for search. */
  searchReady: boolean;
  /** Typing replaces the history entry; a click pushes one, so Back undoes it. */
  onChange(patch: FilterPatch, mode: 'push' | 'replace'): void;
  onReset(): void;
}

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/**
 * Memoised: opening an event, moving the timeline or paging the list leaves the filters as they
 * were, and the panel (some sixty controls) is not rendered again for it.
 */
export const FilterPanel = memo(function FilterPanel(props: FilterPanelProps) {
  const { t } = useTranslation();
  const digitsOf = useDigits();
  const { dataset, view, counts, lang } = props;
  const searchId = useId();
  const periodHintId = useId();
  const hasFilters =
    view.actors.length + view.forums.length + view.types.length > 0 ||
    view.q !== '' ||
    view.period !== undefined;

  /** value: a month or a year (YYYY-MM, YYYY), or undefined when the field was emptied. */
  const setPeriod = (which: 'start' | 'end', value: PartialDate | undefined) => {
    const current: Partial<DateSpan> = view.period ?? {};
    const next = { ...current, [which]: value };
    if (!next.start && !next.end) return props.onChange({ period: undefined }, 'push');
    // An open end reaches the first or last month with events.
    const start = next.start ?? dataset.events[0]?.from.slice(0, 7) ?? '1900-01';
    const end = next.end ?? dataset.events.at(-1)?.to.slice(0, 7) ?? '2100-12';
    // An end typed before the start would hide everything; read them the way they were surely meant.
    props.onChange({ period: orderedSpan(start, end) }, 'push');
  };

  return (
    <section aria-labelledby={`${searchId}-heading`} className="flex flex-col gap-5">
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${searchId}-heading`} className="text-lg font-semibold">
          {t('filters.heading')}
        </h2>
        <UnavailableButton
          available={hasFilters}
          onPress={props.onReset}
          className="rounded-md border border-line px-2 py-0.5 text-sm aria-disabled:opacity-50"
        >
          {t('filters.reset')}
        </UnavailableButton>
      </div>
      <p role="status" aria-live="polite" aria-atomic="true" className="font-semibold">
        {t('filters.results', { count: props.shown, total: props.total })}
      </p>

      <div className="flex flex-col gap-1">
        <label htmlFor={searchId} className="font-semibold">
          {t('filters.search')}
        </label>
        <input
          id={searchId}
          type="search"
          value={view.q}
          onChange={(event) => props.onChange({ q: event.target.value }, 'replace')}
          placeholder={t('filters.searchPlaceholder')}
          maxLength={MAX_Q_LENGTH}
          className="rounded-md border border-line bg-surface px-2 py-1"
        />
        {!props.searchReady && view.q !== '' && (
          <p role="status" className="text-sm text-muted">
            {t('filters.indexing')}
          </p>
        )}
      </div>

      <ActorPicker
        actors={dataset.actors}
        names={props.actorNames}
        counts={counts.actors}
        selected={view.actors}
        mode={view.actorsMode}
        lang={lang}
        onToggle={(id) => props.onChange({ actors: toggle(view.actors, id) }, 'push')}
        onModeChange={(actorsMode) => props.onChange({ actorsMode }, 'push')}
      />

      <fieldset className="min-w-0">
        <legend className="mb-1 font-semibold">{t('filters.forums')}</legend>
        <ul className="flex flex-wrap gap-2">
          {dataset.forums.map((forum, i) => {
            const pressed = view.forums.includes(forum.id);
            const count = counts.forums[i] ?? 0;
            return (
              <li key={forum.id}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => props.onChange({ forums: toggle(view.forums, forum.id) }, 'push')}
                  className={`flex min-h-8 items-center gap-1.5 rounded-full border px-3 py-0.5 text-sm pointer-coarse:min-h-11 ${
                    pressed ? 'border-accent bg-accent text-accent-ink' : 'border-line bg-surface'
                  }`}
                >
                  <ForumDot colour={forum.colour} className="inline-block size-2.5" />
                  {(forum.short ?? forum.name)[lang]}
                  <span aria-hidden="true" className="tabular-nums opacity-80">
                    <bdi>{digitsOf(count)}</bdi>
                  </span>
                  <span className="sr-only">{t('filters.countLabel', { count })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset className="min-w-0">
        <legend className="mb-1 font-semibold">{t('filters.types')}</legend>
        <ul className="flex flex-col gap-0.5">
          {dataset.types.map((type, i) => {
            const count = counts.types[i] ?? 0;
            return (
              <li key={type.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-1 hover:bg-canvas pointer-coarse:min-h-11">
                  <input
                    type="checkbox"
                    checked={view.types.includes(type.id)}
                    onChange={() => props.onChange({ types: toggle(view.types, type.id) }, 'push')}
                  />
                  <span className="flex-1">{type.name[lang]}</span>
                  <span aria-hidden="true" className="text-sm text-muted tabular-nums">
                    <bdi>{digitsOf(count)}</bdi>
                  </span>
                  <span className="sr-only">{t('filters.countLabel', { count })}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset className="flex min-w-0 flex-col gap-1">
        <legend className="mb-1 font-semibold">{t('filters.period')}</legend>
        <DateHint id={periodHintId} lang={lang} unit="month" />
        {/* One field under the other, each under its own label: a label can never sit beside
            the other field, whatever the width or direction. */}
        <DateEntry
          label={t('filters.from')}
          lang={lang}
          unit="month"
          value={view.period?.start}
          hintId={periodHintId}
          onCommit={(read) => setPeriod('start', read?.value)}
        />
        <DateEntry
          label={t('filters.to')}
          lang={lang}
          unit="month"
          value={view.period?.end}
          hintId={periodHintId}
          onCommit={(read) => setPeriod('end', read?.value)}
        />
      </fieldset>

      <p className="text-sm text-muted">{t('filters.semantics')}</p>
    </section>
  );
});
