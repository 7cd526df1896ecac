/**
 * `npm run bench [-- options]`: generates, compiles, builds, serves and measures; prints a table,
 * writes bench/results/<timestamp>.json and latest.json, and exits 1 when a figure is over its
 * budget (or timed out), 2 when the benchmark itself could not run. See bench/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Dataset } from '../src/domain/schema.ts';
import { buildApp, measureBuild, publicDirWith, total, type BuildResult } from './build.ts';
import {
  compileOnce,
  jsonSize,
  readCompiled,
  shippedCorpus,
  synthCorpus,
  WORK_DIR,
  type CompileSample,
  type Corpus,
  type JsonSize,
} from './corpus.ts';
import { FIGURE_IDS, type BuildFigureId, type FigureId } from './figures.ts';
import { PEER_DIST, PEER_LIB_PREFIX, PEER_PAGE_PREFIX, writePeerPage } from './peer.ts';
import { BrowserHost, measureCorpus, type CorpusSamples, type Sample } from './measure.ts';
import { lighthousePerformance } from './lighthouse.ts';
import { cleanupAll, onCleanup } from './processes.ts';
import {
  budgetFor,
  check,
  ratioSummary,
  readBudgets,
  summarise,
  table,
  type Check,
  type CorpusReport,
  type Summary,
} from './report.ts';
import { startServer } from './server.ts';
import { pickTargets, type Targets } from './targets.ts';
import { prerenderAgain } from '../scripts/prerenderPlugin.ts';

const USAGE = `usage: npm run bench -- [options]
  --sizes LIST          synthetic corpus sizes (default 20,1000,10000,100000; "" for none)
  --only shipped|synthetic   measure only the shipped data/ or only synthetic corpora
  --runs N              runs per figure, the median is reported (default 5)
  --compile-runs N      compiles per corpus (default: --runs)
  --seed S              synthetic corpus seed (default 1)
  --port P              loopback port for the static server (default 4391; never reused)
  --load-timeout S      seconds a page load may take before it counts as timed out (default 60)
  --action-timeout S    seconds a click or keystroke may take (default 30)
  --no-lighthouse       skip Lighthouse's mobile performance score on the shipped data
  --peer-max N          load TimelineJS3 with the same events on corpora of at most N events
                        (default 10000; 0: never)
  --build-per-corpus    build the app once per corpus with its JSON in public/data
  --reuse-build         skip vite build and reuse the last build as it is (iteration only)
  --fresh               regenerate the synthetic corpora instead of reusing the cached ones
  --budgets FILE        budgets file (default bench/budgets.json)`;

interface Options {
  sizes: number[];
  shipped: boolean;
  runs: number;
  compileRuns: number;
  seed: number;
  port: number;
  loadTimeoutMs: number;
  actionTimeoutMs: number;
  peerMax: number;
  lighthouse: boolean;
  buildPerCorpus: boolean;
  reuseBuild: boolean;
  fresh: boolean;
  budgets: string;
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '20,1000,10000,100000' },
      only: { type: 'string' },
      runs: { type: 'string', default: '5' },
      'compile-runs': { type: 'string' },
      seed: { type: 'string', default: '1' },
      port: { type: 'string', default: '4391' },
      'load-timeout': { type: 'string', default: '60' },
      'action-timeout': { type: 'string', default: '30' },
      'peer-max': { type: 'string', default: '10000' },
      'no-lighthouse': { type: 'boolean', default: false },
      'build-per-corpus': { type: 'boolean', default: false },
      'reuse-build': { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      budgets: { type: 'string', default: 'bench/budgets.json' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const whole = (name: string, text: string | undefined, min: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min)
      throw new UsageError(`--${name} must be a whole number ≥ ${min}`);
    return n;
  };
  if (values.only !== undefined && values.only !== 'shipped' && values.only !== 'synthetic') {
    throw new UsageError('--only takes "shipped" or "synthetic"');
  }
  const sizes =
    values.only === 'shipped'
      ? []
      : values.sizes
          .split(',')
          .filter((s) => s.trim() !== '')
          .map((s) => whole('sizes', s.trim(), 10));
  const runs = whole('runs', values.runs, 1);
  return {
    sizes,
    shipped: values.only !== 'synthetic',
    runs,
    compileRuns:
      values['compile-runs'] === undefined
        ? runs
        : whole('compile-runs', values['compile-runs'], 1),
    seed: whole('seed', values.seed, 0),
    port: whole('port', values.port, 1),
    loadTimeoutMs: whole('load-timeout', values['load-timeout'], 1) * 1000,
    actionTimeoutMs: whole('action-timeout', values['action-timeout'], 1) * 1000,
    peerMax: whole('peer-max', values['peer-max'], 0),
    lighthouse: !values['no-lighthouse'],
    buildPerCorpus: values['build-per-corpus'],
    reuseBuild: values['reuse-build'],
    fresh: values.fresh,
    budgets: values.budgets,
  };
}

/** The 4×-slowdown load is a small-corpus figure (the shipped data); larger ones would be slow. */
const SLOW_LOAD_MAX = 1000;

interface CorpusResult {
  name: string;
  events: number;
  dataDir: string;
  json: JsonSize;
  compile: CompileSample[];
  targets: Targets;
  loadavgBefore: number[];
  samples: CorpusSamples;
  summaries: Partial<Record<FigureId, Summary>>;
}

function log(line: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const budgets = readBudgets(options.budgets);
  const startedAt = new Date();
  const loadBefore = loadavg();
  log(
    `machine: ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`,
  );

  // The port first, so a taken port fails in a second rather than after the compiles.
  const distDir = join(WORK_DIR, 'dist');
  const server = await startServer(distDir, options.port);
  onCleanup(() => server.close());
  server.mount(PEER_LIB_PREFIX, PEER_DIST);

  // 1. Corpora: generate (cached), compile (timed), pick what to click.
  const corpora: Corpus[] = [];
  if (options.shipped) corpora.push(shippedCorpus());
  for (const size of options.sizes) {
    corpora.push(
      await synthCorpus(size, options.seed, { fresh: options.fresh, timeoutMs: 900_000 }),
    );
  }
  if (corpora.length === 0) throw new UsageError('nothing to measure: no corpus selected');
  const prepared: {
    corpus: Corpus;
    compile: CompileSample[];
    dataset: Dataset;
    targets: Targets;
  }[] = [];
  for (const corpus of corpora) {
    const compile: CompileSample[] = [];
    for (let run = 1; run <= options.compileRuns; run++) {
      const sample = await compileOnce(corpus, 300_000);
      compile.push(sample);
      log(
        `${corpus.name}: compile ${run}/${options.compileRuns}: ` +
          (sample.error ?? `${sample.reportedMs} ms (CLI ${Math.round(sample.wallMs ?? 0)} ms)`),
      );
      if (sample.error?.startsWith('timeout')) break;
    }
    if (compile.every((s) => s.error)) {
      throw new Error(`${corpus.name}: the corpus did not compile: ${compile[0]?.error}`);
    }
    const dataset = readCompiled(corpus.jsonFile);
    const targets = pickTargets(dataset);
    log(
      `${corpus.name}: actor ${targets.actor.id} (${targets.actor.count}), ` +
        (targets.forum
          ? `forum ${targets.forum.id} (${targets.forum.count}), `
          : 'no forum with more than 2 events (forum not measured), ') +
        (targets.search
          ? `search «${targets.search.prefix}|${targets.search.lastChar}» (${targets.search.prefixCount} → ${targets.search.count}), `
          : 'no search word (search not measured), ') +
        `date ${targets.date.day}, event ${targets.event.id}, next from ${targets.step.id}`,
    );
    prepared.push({ corpus, compile, dataset, targets });
  }

  // 2. The build (once: the app fetches /data/events.json at run time, so one build serves all).
  let build: BuildResult | undefined;
  const buildFor = async (corpus?: Corpus): Promise<BuildResult> => {
    const outDir = corpus ? join(WORK_DIR, `dist-${corpus.name}`) : distDir;
    const publicDir = corpus
      ? publicDirWith(corpus.jsonFile, join(WORK_DIR, `public-${corpus.name}`))
      : undefined;
    log(`vite build → ${outDir}${corpus ? ` (with the ${corpus.name} corpus)` : ''}…`);
    const result = await buildApp({ outDir, publicDir, timeoutMs: 600_000 });
    log(`built in ${(result.ms / 1000).toFixed(1)} s`);
    return result;
  };
  if (!options.buildPerCorpus) {
    if (options.reuseBuild) {
      build = { outDir: distDir, ms: 0, sizes: measureBuild(distDir) };
    } else build = await buildFor();
  }

  // 3. Measure.
  const host = new BrowserHost();
  onCleanup(() => host.close());
  const browserVersion = await host.version();
  log(`serving on ${server.url}; Chromium ${browserVersion}`);

  const results: CorpusResult[] = [];
  for (const { corpus, compile, dataset, targets } of prepared) {
    if (options.buildPerCorpus) {
      build = await buildFor(corpus);
      server.setRoot(build.outDir);
      server.setDataDir(undefined);
    } else {
      server.setDataDir(dirname(corpus.jsonFile));
      // The page holds its events' opening view (src/prerender): this corpus's, as its own build's would.
      const page = join(WORK_DIR, `index-${corpus.name}.html`);
      const built = readFileSync(join(build?.outDir ?? distDir, 'index.html'), 'utf8');
      writeFileSync(
        page,
        await prerenderAgain(process.cwd(), built, readFileSync(corpus.jsonFile, 'utf8')),
      );
      server.setIndexHtml(page);
    }
    const peer = dataset.events.length <= options.peerMax;
    if (peer) {
      const peerDir = join(WORK_DIR, 'peer', corpus.name);
      writePeerPage(dataset, peerDir);
      server.mount(PEER_PAGE_PREFIX, peerDir);
    }
    const loadavgBefore = loadavg();
    log(
      `${corpus.name}: measuring in the browser (${options.runs} runs; load average ${loadavgBefore[0]?.toFixed(1)})`,
    );
    const samples = await measureCorpus(host, targets, {
      baseUrl: server.url,
      runs: options.runs,
      loadTimeoutMs: options.loadTimeoutMs,
      actionTimeoutMs: options.actionTimeoutMs,
      peer,
      slowLoad: dataset.events.length <= SLOW_LOAD_MAX,
      log: (line) => log(`${corpus.name}:${line}`),
    });
    if (corpus.name === 'shipped' && options.lighthouse) {
      log('shipped: Lighthouse (mobile preset, performance)…');
      server.setCompression(true);
      const sample = await lighthousePerformance(`${server.url}/`, options.loadTimeoutMs * 2);
      server.setCompression(false);
      log(
        `shipped: Lighthouse mobile performance: ${sample.value ?? `— ${sample.note ?? 'failed'}`}`,
      );
      samples.lighthousePerformance = [sample];
    }
    const size = jsonSize(corpus.jsonFile);
    const compileSamples = (pick: (s: CompileSample) => number | null): Sample[] =>
      compile.map((s) => ({
        value: pick(s),
        timedOut: s.error?.startsWith('timeout') ?? false,
        note: s.error,
      }));
    const all: CorpusSamples = {
      compileMs: compileSamples((s) => s.reportedMs),
      compileWallMs: compileSamples((s) => s.wallMs),
      jsonRawBytes: [{ value: size.raw }],
      jsonGzipBytes: [{ value: size.gzip }],
      ...(size.detailsFiles > 0
        ? {
            detailsRawBytes: [{ value: size.detailsRaw, note: `${size.detailsFiles} files` }],
            detailsGzipBytes: [{ value: size.detailsGzip }],
          }
        : {}),
      ...samples,
    };
    const summaries: CorpusResult['summaries'] = {};
    for (const id of FIGURE_IDS) {
      const list = all[id];
      if (list) summaries[id] = summarise(list);
    }
    const peerFirst = summaries.peerFirstEventMs;
    if (summaries.firstEventShownMs && peerFirst) {
      summaries.firstEventRatio = ratioSummary(summaries.firstEventShownMs, peerFirst);
    }
    if (summaries.firstEventMs && peerFirst) {
      summaries.timelineEventRatio = ratioSummary(summaries.firstEventMs, peerFirst);
    }
    results.push({
      name: corpus.name,
      events: dataset.events.length,
      dataDir: corpus.dataDir,
      json: size,
      compile,
      targets,
      loadavgBefore,
      samples: all,
      summaries,
    });
  }

  // 4. Verdicts, table, raw results.
  const sizes = build?.sizes;
  const buildFigures: Partial<Record<BuildFigureId, number>> = sizes
    ? {
        initialJsGzipBytes: total(sizes.initialJs, 'gzip'),
        initialCssGzipBytes: total(sizes.initialCss, 'gzip'),
        lazyJsGzipBytes: total(sizes.lazyJs, 'gzip'),
        lazyCssGzipBytes: total(sizes.lazyCss, 'gzip'),
      }
    : {};
  const checks: Check[] = [];
  for (const [id, budget] of Object.entries(budgets.build) as [BuildFigureId, number][]) {
    const value = buildFigures[id] ?? null;
    const ok = value !== null && value <= budget;
    checks.push({
      corpus: 'build',
      figure: id,
      value,
      budget,
      ok,
      why: ok ? undefined : value === null ? 'not measured' : 'over budget',
    });
  }
  for (const result of results) {
    for (const id of FIGURE_IDS) {
      const budget = budgetFor(budgets, result.name, id);
      const summary = result.summaries[id];
      if (budget === undefined) continue;
      checks.push(
        summary
          ? check(result.name, id, summary, budget)
          : {
              corpus: result.name,
              figure: id,
              value: null,
              budget,
              ok: false,
              why: 'not measured',
            },
      );
    }
  }
  const reports: CorpusReport[] = results.map((r) => ({ name: r.name, summaries: r.summaries }));
  const loadAfter = loadavg();
  console.log('');
  console.log(table(reports, budgets, buildFigures));
  console.log('');
  const failed = checks.filter((c) => !c.ok);
  const minutes = (Date.now() - startedAt.getTime()) / 60_000;
  console.log(
    `medians of ${options.runs} runs (compile: ${options.compileRuns}); load average ` +
      `${loadBefore[0]?.toFixed(1)} at the start, ${loadAfter[0]?.toFixed(1)} at the end, on ` +
      `${cpus().length} cores; took ${minutes.toFixed(1)} min`,
  );
  if (Math.max(loadBefore[0] ?? 0, loadAfter[0] ?? 0) > cpus().length * 0.5) {
    console.log('note: the machine was busy with other work, so timings are inflated and noisy');
  }

  const record = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    minutes,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: totalmem() / 2 ** 30,
      loadavgStart: loadBefore,
      loadavgEnd: loadAfter,
      node: process.version,
      chromium: browserVersion,
    },
    options,
    budgets,
    build: build ? { ms: build.ms, figures: buildFigures, assets: build.sizes } : undefined,
    corpora: results,
    checks,
    ok: failed.length === 0,
  };
  mkdirSync('bench/results', { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const body = `${JSON.stringify(record, null, 2)}\n`;
  writeFileSync(`bench/results/${stamp}.json`, body);
  writeFileSync('bench/results/latest.json', body);
  console.log(`raw results: bench/results/${stamp}.json (and bench/results/latest.json)`);

  if (failed.length > 0) {
    console.log(`\n${failed.length} figure(s) over budget:`);
    for (const c of failed) console.log(`  ✗ ${c.corpus} ${c.figure}: ${c.why}`);
    return 1;
  }
  console.log('\nevery figure is within its budget');
  return 0;
}

let exiting = false;
async function finish(code: number): Promise<never> {
  if (!exiting) {
    exiting = true;
    await cleanupAll();
  }
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server, the browser and child processes…`);
    void finish(130);
  });
}

main(process.argv.slice(2)).then(
  (code) => finish(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof Error && !process.env.BENCH_DEBUG) {
      console.error(`bench: ${error.message}\n(BENCH_DEBUG=1 shows the stack)`);
    } else console.error(error);
    void finish(2);
  },
);
