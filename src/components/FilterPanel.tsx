import { useId } from 'react';
import { ForumDot } from './ForumDot.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useDigits } from './display.ts';
import type { Dataset } from '../domain/schema.ts';
import type { FacetCounts, FilterView } from '../domain/filters.ts';
import type { NameIndex } from '../domain/searchIndex.ts';
import type { PartialDate } from '../domain/partialDate.ts';
import { orderedSpan, type DateSpan, type ViewState } from '../domain/viewState.ts';
import { MAX_Q_LENGTH } from '../url/params.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { DateEntry, DateHint } from './DateEntry.tsx';

export type FilterPatch = Partial<FilterView>;

interface FilterPanelProps {
  dataset: Dataset;
  state: ViewState;
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

export function FilterPanel(props: FilterPanelProps) {
  const { t } = useTranslation();
  const digitsOf = useDigits();
  const { dataset, state, counts } = props;
  const lang = state.lang;
  const searchId = useId();
  const periodHintId = useId();
  const hasFilters =
    state.actors.length + state.forums.length + state.types.length > 0 ||
    state.q !== '' ||
    state.period !== undefined;

  /** value: a month or a year (YYYY-MM, YYYY), or undefined when the field was emptied. */
  const setPeriod = (which: 'start' | 'end', value: PartialDate | undefined) => {
    const current: Partial<DateSpan> = state.period ?? {};
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
        <button
          type="button"
          onClick={props.onReset}
          disabled={!hasFilters}
          className="rounded-md border border-line px-2 py-0.5 text-sm disabled:opacity-50"
        >
          {t('filters.reset')}
        </button>
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
          value={state.q}
          onChange={(event) => props.onChange({ q: event.target.value }, 'replace')}
          placeholder={t('filters.searchPlaceholder')}
          maxLength={MAX_Q_LENGTH}
          className="rounded-md border border-line bg-surface px-2 py-1"
        />
        {!props.searchReady && state.q !== '' && (
          <p role="status" className="text-sm text-muted">
            {t('filters.indexing')}
          </p>
        )}
      </div>

      <ActorPicker
        actors={dataset.actors}
        names={props.actorNames}
        counts={counts.actors}
        selected={state.actors}
        mode={state.actorsMode}
        lang={lang}
        onToggle={(id) => props.onChange({ actors: toggle(state.actors, id) }, 'push')}
        onModeChange={(actorsMode) => props.onChange({ actorsMode }, 'push')}
      />

      <fieldset className="min-w-0">
        <legend className="mb-1 font-semibold">{t('filters.forums')}</legend>
        <ul className="flex flex-wrap gap-2">
          {dataset.forums.map((forum, i) => {
            const pressed = state.forums.includes(forum.id);
            const count = counts.forums[i] ?? 0;
            return (
              <li key={forum.id}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => props.onChange({ forums: toggle(state.forums, forum.id) }, 'push')}
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
                    checked={state.types.includes(type.id)}
                    onChange={() => props.onChange({ types: toggle(state.types, type.id) }, 'push')}
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
          value={state.period?.start}
          hintId={periodHintId}
          onCommit={(read) => setPeriod('start', read?.value)}
        />
        <DateEntry
          label={t('filters.to')}
          lang={lang}
          unit="month"
          value={state.period?.end}
          hintId={periodHintId}
          onCommit={(read) => setPeriod('end', read?.value)}
        />
      </fieldset>

      <p className="text-sm text-muted">{t('filters.semantics')}</p>
    </section>
  );
}
