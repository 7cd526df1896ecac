/**
 * The figures the benchmark reports, their units, and which budget in bench/budgets.json each one
 * answers to. A budget can be given per figure (its id) or per group (figures of one kind, such as
 * the four filter changes).
 */
export const FIGURES = {
  compileMs: { label: 'compile (compiler’s own time)', unit: 'ms', group: 'compileMs' },
  compileWallMs: { label: 'compile (whole CLI, wall clock)', unit: 'ms', group: undefined },
  jsonRawBytes: { label: 'events JSON, raw', unit: 'bytes', group: undefined },
  jsonGzipBytes: { label: 'events JSON, gzip', unit: 'bytes', group: undefined },
  detailsRawBytes: { label: 'detail chunks (all), raw', unit: 'bytes', group: undefined },
  detailsGzipBytes: { label: 'detail chunks (all), gzip', unit: 'bytes', group: undefined },
  firstEventMs: { label: 'first event painted (timeline)', unit: 'ms', group: 'firstEventMs' },
  firstEventShownMs: {
    label: 'first event painted (list or timeline)',
    unit: 'ms',
    group: undefined,
  },
  peerFirstEventMs: {
    label: 'TimelineJS3: first event painted',
    unit: 'ms',
    group: undefined,
  },
  firstEventRatio: {
    label: 'first event painted (list or timeline) ÷ TimelineJS3’s',
    unit: 'ratio',
    group: undefined,
  },
  timelineEventRatio: {
    label: 'first event on the timeline ÷ TimelineJS3’s',
    unit: 'ratio',
    group: undefined,
  },
  firstEventSlowMs: {
    label: 'first event painted (list or timeline), 4× CPU slowdown',
    unit: 'ms',
    group: undefined,
  },
  listPaintedMs: { label: 'list painted', unit: 'ms', group: undefined },
  searchReadyMs: {
    label: 'search index complete (background, after load)',
    unit: 'ms',
    group: undefined,
  },
  actorOnMs: { label: 'filter: one actor on', unit: 'ms', group: 'filterMs' },
  actorOffMs: { label: 'filter: that actor off again', unit: 'ms', group: 'filterMs' },
  forumOnMs: { label: 'filter: one forum on', unit: 'ms', group: 'filterMs' },
  clearAllMs: { label: 'filter: clear all', unit: 'ms', group: 'filterMs' },
  searchMs: { label: 'search keystroke to results', unit: 'ms', group: 'searchMs' },
  nextEventMs: { label: 'next event (toolbar button)', unit: 'ms', group: undefined },
  openEventMs: { label: 'open an event (list item)', unit: 'ms', group: undefined },
  deepLinkDateMs: { label: 'deep link ?date=, event painted', unit: 'ms', group: 'deepLinkMs' },
  deepLinkEventMs: { label: 'deep link ?event=, event painted', unit: 'ms', group: 'deepLinkMs' },
  overviewDragMs: {
    label: 'overview: handle dragged, window painted',
    unit: 'ms',
    group: undefined,
  },
  heapMiB: { label: 'JS heap after load (after GC)', unit: 'MiB', group: 'heapMiB' },
  lighthousePerformance: {
    label: 'Lighthouse mobile performance',
    unit: 'score',
    group: undefined,
    /** A score: the budget is a floor, not a ceiling. */
    higherIsBetter: true,
  },
} as const;

/** Whether a figure's budget is a floor (scores) rather than a ceiling (times, sizes). */
export function higherIsBetter(figure: string): boolean {
  const entry = (FIGURES as Record<string, { higherIsBetter?: boolean }>)[figure];
  return entry?.higherIsBetter === true;
}

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

/** Budget keys a corpus entry in budgets.json may use: group names and figure ids. */
export const BUDGET_KEYS = new Set<string>([
  ...FIGURE_IDS,
  ...FIGURE_IDS.map((id) => FIGURES[id].group).filter((g): g is NonNullable<typeof g> => !!g),
]);

/** Figures of the build itself, the same for every corpus. */
export const BUILD_FIGURES = {
  initialJsGzipBytes: { label: 'initial JS, gzip', unit: 'bytes' },
  initialCssGzipBytes: { label: 'initial CSS, gzip', unit: 'bytes' },
  lazyJsGzipBytes: { label: 'lazy JS chunks, gzip', unit: 'bytes' },
  lazyCssGzipBytes: { label: 'lazy CSS, gzip', unit: 'bytes' },
} as const;

export type BuildFigureId = keyof typeof BUILD_FIGURES;
