/**
 * The view state the app holds, kept in step with the address bar: read from the link on load,
 * written back on every change (push or replace, as the caller says), restored on Back/Forward.
 *
 * Before the dataset loads (`known` undefined) the link is read at once, so its language and
 * dates apply on first paint; ids are kept if they are well formed. When `known` arrives, ids the
 * data does not have are dropped and reported, and the address is rewritten to the canonical link
 * (bad values and foreign parameters such as utm_source gone).
 *
 * The state is held in memory and the URL follows it, not the other way round: search text keeps
 * a trailing space while the reader types, though the link never carries one.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ViewState } from '../domain/viewState.ts';
import type { DisplayPrefs } from '../domain/displayPrefs.ts';
import { parseDisplayQuery } from './displayQuery.ts';
import { linkTo, onPopState, readSearch } from './history.ts';
import type { WriteMode } from './history.ts';
import { createHistoryWriter } from './historyWriter.ts';
import type { Ignored } from './ignored.ts';
import type { KnownIds } from './params.ts';
import { parseViewState, serialiseViewState } from './viewStateQuery.ts';

export type ViewChange = Partial<ViewState> | ((state: ViewState) => ViewState);

export interface UrlState {
  state: ViewState;
  /** What the link asked for that was not applied; shown in a dismissible notice. */
  ignored: readonly Ignored[];
  /** 'push' on selection (event opened/closed, filter changed), 'replace' on pan and zoom. */
  update(change: ViewChange, mode: WriteMode): void;
  dismissIgnored(): void;
  /**
   * The absolute link to this view, current even mid-pan; the share button adds the reader's
   * display choice with linkTo(state, display).
   */
  link: string;
  /** The digits and calendar order the opening link asked for (only what it set). */
  linkedDisplay: Partial<DisplayPrefs>;
}

interface Snapshot {
  state: ViewState;
  /** How this state reaches the address bar; 'none' when it came from there. */
  write: WriteMode | 'none';
}

/** `prerendered`: the query the build rendered the page for (there is no address bar there). */
export function useUrlState(known: KnownIds | undefined, prerendered?: string): UrlState {
  const [initial] = useState(() => {
    const search = prerendered ?? readSearch();
    const view = parseViewState(search, known);
    const shown = parseDisplayQuery(search);
    return { ...view, ignored: [...view.ignored, ...shown.ignored], linkedDisplay: shown.prefs };
  });
  const [snapshot, setSnapshot] = useState<Snapshot>({
    state: initial.state,
    write: known ? 'replace' : 'none',
  });
  const [ignored, setIgnored] = useState<readonly Ignored[]>(initial.ignored);
  const [checkedWith, setCheckedWith] = useState(known);
  const [writer] = useState(() => createHistoryWriter());

  // Adjusting state while rendering (not in an effect) so no frame shows ids the data lacks.
  if (known !== undefined && !sameIds(known, checkedWith)) {
    setCheckedWith(known);
    const checked = parseViewState(serialiseViewState(snapshot.state), known);
    const { actors, forums, types, event } = checked.state;
    setSnapshot({ state: { ...snapshot.state, actors, forums, types, event }, write: 'replace' });
    setIgnored(mergeIgnored(ignored, checked.ignored));
  }

  useEffect(() => {
    if (snapshot.write !== 'none') writer.write(snapshot.state, snapshot.write);
  }, [snapshot, writer]);

  useEffect(
    () =>
      onPopState((search) => {
        writer.cancel();
        const parsed = parseViewState(search, known);
        setSnapshot({ state: parsed.state, write: 'none' });
        // Entries we wrote are clean; a notice already showing stays until dismissed.
        if (parsed.ignored.length > 0) setIgnored(parsed.ignored);
      }),
    [writer, known],
  );

  useEffect(() => () => writer.flush(), [writer]);

  const update = useCallback((change: ViewChange, mode: WriteMode) => {
    setSnapshot((s) => ({
      state: typeof change === 'function' ? change(s.state) : { ...s.state, ...change },
      write: mode,
    }));
  }, []);

  const dismissIgnored = useCallback(() => setIgnored([]), []);

  return {
    state: snapshot.state,
    ignored,
    update,
    dismissIgnored,
    // Read when asked, not at every render: the prerender has no page address to build it from.
    get link() {
      return linkTo(snapshot.state);
    },
    linkedDisplay: initial.linkedDisplay,
  };
}

/** By content: a caller that rebuilds the same ids on every render must not loop. */
function sameIds(a: KnownIds, b: KnownIds | undefined): boolean {
  if (a === b) return true;
  if (b === undefined) return false;
  return (['actors', 'forums', 'types', 'events'] as const).every(
    (kind) => a[kind].size === b[kind].size && [...a[kind].keys()].every((id) => b[kind].has(id)),
  );
}

function mergeIgnored(a: readonly Ignored[], b: readonly Ignored[]): readonly Ignored[] {
  const key = (i: Ignored) => `${i.param}\u0000${i.reason}\u0000${i.value}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((i) => !seen.has(key(i)))];
}
