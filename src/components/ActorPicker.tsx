import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useDigits } from './display.ts';
import { searchNames, type NameIndex } from '../domain/searchIndex.ts';
import type { Actor } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';

interface ActorPickerProps {
  actors: readonly Actor[];
  names: NameIndex;
  counts: Uint32Array;
  selected: readonly string[];
  mode: 'any' | 'all';
  lang: Lang;
  onToggle(id: string): void;
  onModeChange(mode: 'any' | 'all'): void;
}

// Up to this many names show in full; the panel scrolls as a whole. A longer list scrolls in a box
// of its own, with a line that says how many names it holds, since a box that ends on a row
// boundary looks complete.
const SHOW_ALL = 20;

/** A searchable multi-select: type any spelling, tick the people you want. */
export function ActorPicker(props: ActorPickerProps) {
  const { t } = useTranslation();
  const digitsOf = useDigits();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const searchId = useId();
  const listId = useId();
  const matches = useMemo(() => searchNames(props.names, deferred), [props.names, deferred]);
  const selected = new Set(props.selected);
  // Ticked people stay in view whatever the query, so they can always be unticked.
  const shown = [
    ...props.selected.flatMap((id) => {
      const index = props.actors.findIndex((a) => a.id === id);
      return index < 0 || matches.some((m) => m.index === index) ? [] : [{ index, matched: '' }];
    }),
    ...matches,
  ];
  const long = shown.length > SHOW_ALL;

  return (
    <fieldset className="flex min-w-0 flex-col gap-2">
      <legend className="mb-1 font-semibold">{t('filters.actors')}</legend>
      <label htmlFor={searchId} className="text-sm">
        {t('filters.actorSearch')}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('filters.actorSearchPlaceholder')}
        aria-controls={listId}
        autoComplete="off"
        className="rounded-md border border-line bg-surface px-2 py-1"
      />
      {long && (
        <p id={`${listId}-more`} className="text-sm text-muted">
          {t('filters.actorsMore', { count: shown.length })}
        </p>
      )}
      <ul
        id={listId}
        aria-describedby={long ? `${listId}-more` : undefined}
        className={`flex flex-col gap-0.5 ${long ? 'max-h-[15.25rem] overflow-y-auto border-y border-line' : ''}`}
      >
        {shown.map(({ index, matched }) => {
          const actor = props.actors[index];
          if (!actor) return null;
          const count = props.counts[index] ?? 0;
          const otherSpelling = matched && matched !== actor.name[props.lang] ? matched : '';
          return (
            <li key={actor.id}>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1 hover:bg-canvas pointer-coarse:min-h-11">
                <input
                  type="checkbox"
                  checked={selected.has(actor.id)}
                  onChange={() => props.onToggle(actor.id)}
                />
                <span className="flex-1">
                  {actor.name[props.lang]}
                  {otherSpelling && (
                    <span className="ms-1 text-xs text-muted">
                      (<bdi>{otherSpelling}</bdi>)
                    </span>
                  )}
                </span>
                <span className="text-sm text-muted tabular-nums" aria-hidden="true">
                  <bdi>{digitsOf(count)}</bdi>
                </span>
                <span className="sr-only">{t('filters.countLabel', { count })}</span>
              </label>
            </li>
          );
        })}
        {shown.length === 0 && <li className="text-sm text-muted">{t('filters.noActorMatch')}</li>}
      </ul>
      <label className="flex items-center gap-2 text-sm pointer-coarse:min-h-11">
        <input
          type="checkbox"
          checked={props.mode === 'all'}
          onChange={(event) => props.onModeChange(event.target.checked ? 'all' : 'any')}
        />
        {t('filters.actorsAll')}
      </label>
    </fieldset>
  );
}
