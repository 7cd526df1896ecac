/**
 * Budgets, medians, the verdict per figure, and the table printed at the end of a run.
 */
import { readFileSync } from 'node:fs';
import {
  BUDGET_KEYS,
  BUILD_FIGURES,
  FIGURES,
  FIGURE_IDS,
  higherIsBetter,
  type BuildFigureId,
  type FigureId,
} from './figures.ts';
import type { Sample } from './measure.ts';

export interface Budgets {
  build: Partial<Record<BuildFigureId, number>>;
  corpora: Record<string, Record<string, number>>;
}

/** Reads budgets.json and refuses unknown keys, so a typo can never silently drop a budget. */
export function readBudgets(file: string): Budgets {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    build?: Record<string, unknown>;
    corpora?: Record<string, Record<string, unknown>>;
  };
  const problems: string[] = [];
  const number = (where: string, value: unknown): number => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push(`${where} must be a non-negative number`);
      return Infinity;
    }
    return value;
  };
  const build: Budgets['build'] = {};
  for (const [key, value] of Object.entries(raw.build ?? {})) {
    if (!(key in BUILD_FIGURES)) problems.push(`build.${key} is not a build figure`);
    else build[key as BuildFigureId] = number(`build.${key}`, value);
  }
  const corpora: Budgets['corpora'] = {};
  for (const [corpus, entries] of Object.entries(raw.corpora ?? {})) {
    if (corpus !== 'shipped' && !/^\d+$/.test(corpus)) {
      problems.push(`corpora.${corpus}: a corpus is "shipped" or a number of events`);
    }
    corpora[corpus] = {};
    for (const [key, value] of Object.entries(entries)) {
      if (!BUDGET_KEYS.has(key)) {
        problems.push(`corpora.${corpus}.${key} is neither a figure nor a group`);
      } else corpora[corpus][key] = number(`corpora.${corpus}.${key}`, value);
    }
  }
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return { build, corpora };
}

export function budgetFor(budgets: Budgets, corpus: string, figure: FigureId): number | undefined {
  const entry = budgets.corpora[corpus];
  if (!entry) return undefined;
  const group = FIGURES[figure].group;
  return entry[figure] ?? (group ? entry[group] : undefined);
}

export interface Summary {
  /** Median of the runs, a timed-out run counting as slower than any; null if none finished. */
  median: number | null;
  runs: number;
  timeouts: number;
  failures: number;
  notes: string[];
}

export function summarise(samples: readonly Sample[]): Summary {
  const ranked = samples
    .filter((s) => s.value !== null || s.timedOut)
    .map((s) => s.value ?? Infinity)
    .sort((a, b) => a - b);
  let median: number | null = null;
  if (ranked.length > 0) {
    const mid = ranked.length / 2;
    const m =
      ranked.length % 2 === 1
        ? (ranked[Math.floor(mid)] as number)
        : ((ranked[mid - 1] as number) + (ranked[mid] as number)) / 2;
    median = Number.isFinite(m) ? m : null;
  }
  return {
    median,
    runs: samples.length,
    timeouts: samples.filter((s) => s.timedOut).length,
    failures: samples.filter((s) => s.value === null && !s.timedOut).length,
    notes: [...new Set(samples.map((s) => s.note).filter((n): n is string => !!n))],
  };
}

/**
 * Masar's median over the peer's, from the same run: a figure of its own with its own budget.
 * Unknown (null) when either median is; a timeout on either side counts as this figure's timeout,
 * so the budget fails rather than passing on a peer that never finished.
 */
export function ratioSummary(masar: Summary, peer: Summary): Summary {
  const known = masar.median !== null && peer.median !== null && peer.median > 0;
  return {
    median: known ? (masar.median as number) / (peer.median as number) : null,
    runs: Math.min(masar.runs, peer.runs),
    timeouts: masar.timeouts + peer.timeouts,
    failures: known ? 0 : 1,
    notes: [
      ...masar.notes.map((n) => `Masar: ${n}`),
      ...peer.notes.map((n) => `TimelineJS3: ${n}`),
    ],
  };
}

export interface Check {
  corpus: string;
  figure: string;
  value: number | null;
  budget: number;
  ok: boolean;
  why?: string;
}

/** Over budget, timed out (even once) or not measured at all: each fails its budget. */
export function check(corpus: string, figure: string, summary: Summary, budget: number): Check {
  if (summary.timeouts > 0) {
    const note = summary.notes[0] ? ` (${summary.notes[0]})` : '';
    const why =
      (summary.median === null ? 'timed out' : `${summary.timeouts} run(s) timed out`) + note;
    return { corpus, figure, value: summary.median, budget, ok: false, why };
  }
  if (summary.median === null) {
    const note = summary.notes[0] ? ` (${summary.notes[0]})` : '';
    return { corpus, figure, value: null, budget, ok: false, why: `not measured${note}` };
  }
  const ok = higherIsBetter(figure) ? summary.median >= budget : summary.median <= budget;
  return { corpus, figure, value: summary.median, budget, ok, why: ok ? undefined : 'over budget' };
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === 'ms') return `${Math.round(value)} ms`;
  if (unit === 'MiB') return `${value.toFixed(1)} MiB`;
  if (unit === 'ratio') return value.toFixed(3);
  if (unit === 'score') return String(Math.round(value));
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} MB`;
  return `${(value / 1e3).toFixed(1)} kB`;
}

function formatBudget(budget: number, unit: string): string {
  if (unit === 'bytes') return formatValue(budget, unit);
  return `${budget}`;
}

export interface CorpusReport {
  name: string;
  summaries: Partial<Record<FigureId, Summary>>;
}

/** The table: one row per figure, one column per corpus, each cell "value ≤budget ✓/✗". */
export function table(
  corpora: readonly CorpusReport[],
  budgets: Budgets,
  build: Partial<Record<BuildFigureId, number>>,
): string {
  const lines: string[] = [];
  const buildRows = (Object.keys(BUILD_FIGURES) as BuildFigureId[]).map((id) => {
    const { label, unit } = BUILD_FIGURES[id];
    const value = build[id] ?? null;
    const budget = budgets.build[id];
    const verdict =
      budget === undefined
        ? ''
        : ` (budget ≤ ${formatBudget(budget, unit)}) ${value !== null && value <= budget ? '✓' : '✗'}`;
    return `  ${label.padEnd(34)} ${formatValue(value, unit)}${verdict}`;
  });
  lines.push('build (the same for every corpus):', ...buildRows, '');

  const header = [
    'figure',
    ...corpora.map((c) =>
      c.name === 'shipped' ? 'shipped' : `${Number(c.name).toLocaleString('en-US')} events`,
    ),
  ];
  const rows: string[][] = [];
  for (const id of FIGURE_IDS) {
    const { label, unit } = FIGURES[id];
    const cells = corpora.map((c) => {
      const summary = c.summaries[id];
      if (!summary) return '';
      const budget = budgetFor(budgets, c.name, id);
      // "100 ms ≤100 ✗" would look wrong: show a decimal when rounding hides the difference.
      const close =
        unit === 'ms' &&
        budget !== undefined &&
        summary.median !== null &&
        summary.median !== budget &&
        Math.round(summary.median) === budget;
      let text =
        summary.median === null
          ? summary.timeouts > 0
            ? 'timeout'
            : 'failed'
          : close
            ? `${(summary.median ?? 0).toFixed(1)} ms`
            : formatValue(summary.median, unit);
      if (summary.median !== null && summary.timeouts > 0)
        text += ` (${summary.timeouts}× timeout)`;
      if (budget === undefined) return text;
      const verdict = check(c.name, id, summary, budget);
      const bound = higherIsBetter(id) ? '≥' : '≤';
      return `${text} ${bound}${formatBudget(budget, unit)} ${verdict.ok ? '✓' : '✗'}`;
    });
    rows.push([label, ...cells]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  lines.push(format(header), widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) lines.push(format(row));
  return lines.join('\n');
}
