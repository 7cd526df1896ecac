/**
 * The compiler's pure core: data files in, the app's JSON (or every problem at once) out.
 * No file system, no clock, no console: the CLI and the Vite plugin supply the files and take
 * the result, and tests call it directly. The stages (classify, catalogue, each event file,
 * assemble) are exported separately so the CLI can run the event stage on several threads and
 * still produce the same bytes.
 */
import type { Diagnostic } from './diagnostic.ts';
import { compareDiagnostics } from './diagnostic.ts';
import { suggestion } from './didYouMean.ts';
import type { CatalogueResult, ListName } from './catalogue.ts';
import { LIST_FILES, compileCatalogue } from './catalogue.ts';
import { referenceSets } from './crossCheck.ts';
import type { References } from './crossCheck.ts';
import { chronological } from './dataset.ts';
import type { DraftNote, EventFile, SameEvent } from './eventFile.ts';
import { compileEventFile } from './eventFile.ts';
import type { StoredEvents } from './eventStore.ts';
import { EventStore } from './eventStore.ts';
import { locatorFor } from './locate.ts';
import type { Content } from './bounds.ts';
import { LIMITS, decode, fileError, quote } from './bounds.ts';
import type { EventBytes, OutputFile } from './serialise.ts';
import { serialiseDataset } from './serialise.ts';
import type { FieldPath } from './diagnostic.ts';
import { formatField } from './diagnostic.ts';
import type { RelatedInput } from './relatedEvents.ts';
import { checkRelations, relationsBothWays } from './relatedEvents.ts';

/** A file given as text (tests, the synthetic corpus); any TextFile is an InputFile. */
export interface TextFile {
  path: string;
  text: string;
}

export interface InputFile {
  /** Relative to the repository with forward slashes, starting with the data folder. */
  path: string;
  /** Bytes as read from disk (their size and UTF-8 are checked), or text a test made. */
  text: Content;
  /** Set when the file must not be read (a symbolic link, a device): the message, at its path. */
  refused?: string;
}

/**
 * Up to this many events, details stay in the index (one file, as small corpora always had); above
 * it they go to chunks. 5,000 events make an index of ~6 MB inline, which browsers load easily.
 */
export const DETAILS_INLINE_LIMIT = 5000;
/** Events per detail chunk: ~2.4 MB of details each, one fetch when an event is opened. */
export const DETAILS_CHUNK_SIZE = 2000;

export interface DetailsOptions {
  /** Most events whose details stay in the index; DETAILS_INLINE_LIMIT by default. */
  detailsInlineLimit?: number;
  /** Events per detail chunk in chunked mode; DETAILS_CHUNK_SIZE by default. */
  detailsChunkSize?: number;
}

export interface CompileOptions extends DetailsOptions {
  /** The data folder as the paths spell it; "data" unless the CLI was given --data. */
  dataDir?: string;
  /** The day of the compile, YYYY-MM-DD: no event that "happened" may start after it. */
  today?: string;
}

export interface CompileSuccess {
  ok: true;
  /** The index JSON as UTF-8, ready to write; jsonText() when you need it as a string. */
  bytes: Buffer;
  /** Detail chunks to write beside the index (names relative to its folder); empty when inline. */
  chunks: OutputFile[];
  hash: string;
  counts: { events: number; actors: number; forums: number };
  /** Drafts (`draft: true`), by path: checked, left out of the JSON. */
  drafts: DraftNote[];
}
export type CompileResult = CompileSuccess | { ok: false; errors: Diagnostic[] };

export function jsonText(result: CompileSuccess): string {
  return result.bytes.toString('utf8');
}

export function compile(files: readonly InputFile[], options: CompileOptions = {}): CompileResult {
  const dataDir = normaliseDataDir(options.dataDir);
  const refused = refusedFiles(files);
  const layout = classify(
    files.filter((f) => f.refused === undefined).map((f) => f.path),
    dataDir,
  );
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const contentOf = (path: string) => texts.get(path) ?? '';
  const catalogue = compileCatalogue(
    new Map([...layout.lists].map(([name, path]) => [name, { path, text: contentOf(path) }])),
    dataDir,
  );
  const refs = referenceSets(withToday(catalogue.references, options.today));
  const store = new EventStore();
  for (const e of layout.events)
    store.add(compileEventFile({ ...e, text: contentOf(e.path) }, refs));
  return assemble({
    dataDir,
    misplaced: [...refused, ...layout.errors],
    catalogue,
    shares: [store.finish()],
    textOf: (path) => {
      const decoded = decode(path, contentOf(path), LIMITS.eventFileBytes);
      return decoded.ok ? decoded.text : '';
    },
    details: options,
  });
}

export function withToday(references: References, today: string | undefined): References {
  return today === undefined ? references : { ...references, today };
}

/** Today in UTC as YYYY-MM-DD: the day the CLI and the dev server compile on. */
export function utcToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function normaliseDataDir(dataDir: string | undefined): string {
  return (dataDir ?? 'data').replace(/\/+$/, '') || '.';
}

/** The files that must not be read, each as an error at its own path. */
export function refusedFiles(files: readonly { path: string; refused?: string }[]): Diagnostic[] {
  const errors: Diagnostic[] = [];
  for (const f of files) if (f.refused !== undefined) errors.push(fileError(f.path, f.refused));
  return errors;
}

const EVENT_PATH = /^events\/(\d{4})\/([^/]+)\.yaml$/;

export interface Layout {
  lists: Map<ListName, string>;
  events: Omit<EventFile, 'text'>[];
  /** Files that are in no place Masar reads from. */
  errors: Diagnostic[];
}

/** Sorts file paths into list files and event files by where they sit; texts are not needed. */
export function classify(paths: readonly string[], dataDir: string): Layout {
  const prefix = `${dataDir}/`;
  const layout: Layout = { lists: new Map(), events: [], errors: [] };
  for (const path of paths) {
    const relative = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    // Events first: at 100,000 files they are nearly all of them.
    const event = EVENT_PATH.exec(relative);
    if (event) {
      layout.events.push({ path, folderYear: event[1] as string, fileId: event[2] as string });
      continue;
    }
    const name = relative.replace(/\.yaml$/, '');
    if (!relative.includes('/') && relative.endsWith('.yaml') && name in LIST_FILES)
      layout.lists.set(name as ListName, path);
    else
      layout.errors.push({
        path,
        line: 1,
        col: 1,
        field: '',
        message: misplacedFileMessage(relative, dataDir),
      });
  }
  // Refused before a single file is read: the count is all that is needed.
  if (layout.events.length > LIMITS.events) {
    layout.errors.push({
      path: `${dataDir}/events`,
      line: 1,
      col: 1,
      field: '',
      message: `${layout.events.length.toLocaleString('en-US')} event files, more than the limit of ${LIMITS.events.toLocaleString('en-US')} (see data/README.md, "Limits"); nothing was compiled`,
    });
    layout.events = [];
  }
  return layout;
}

export interface AssembleInput {
  dataDir: string;
  misplaced: readonly Diagnostic[];
  catalogue: CatalogueResult;
  /** The compiled events, in one or several shares (one per thread). */
  shares: readonly StoredEvents[];
  /** Only read to locate the errors found across files (duplicates), which are rare. */
  textOf(path: string): string;
  details?: DetailsOptions;
}

/**
 * Checks across events (duplicate ids, two files describing one event), then either all errors,
 * sorted, or the JSON.
 */
export function assemble(input: AssembleInput): CompileResult {
  const errors: Diagnostic[] = [...input.misplaced, ...input.catalogue.errors];
  // Every event, wherever it was compiled: share number and index within the share.
  const events: { share: StoredEvents; i: number; id: string; from: string; to: string }[] = [];
  const relating: RelatedInput[] = [];
  const named: { id: string; path: string; key: string; same?: SameEvent }[] = [];
  // Event paths all end in .yaml (classify); the key is the path without it.
  const pathKey = (path: string) => path.slice(0, -'.yaml'.length);
  let files = 0;
  const drafts: DraftNote[] = [];
  for (const share of input.shares) {
    files += share.ids.length + share.failures.length + share.drafts.length;
    for (const draft of share.drafts) {
      drafts.push(draft);
      named.push({ id: draft.id, path: draft.path, key: pathKey(draft.path) });
    }
    share.ids.forEach((id, i) => {
      events.push({ share, i, id, from: share.froms[i] as string, to: share.tos[i] as string });
      const path = share.paths[i] as string;
      named.push({ id, path, key: pathKey(path), same: share.same[i] as SameEvent });
      const related = share.related[i] ?? [];
      const from = share.froms[i] as string;
      const to = share.tos[i] as string;
      if (related.length > 0) relating.push({ id, path, from, to, related });
    });
    for (const failure of share.failures) {
      for (const error of failure.errors) errors.push(error);
      if (failure.id !== undefined)
        named.push({ id: failure.id, path: failure.path, key: pathKey(failure.path) });
    }
  }
  // In path order, so the later file is the one reported, whatever order the files were read in.
  // Names are compared without ".yaml": in plain string order "x-copy.yaml" ('-' before '.') came
  // before "x.yaml", and the original was blamed for its copy.
  named.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const seen = new Map<string, string>();
  const days = new Map<string, { path: string; actors: string[] }[]>();
  for (const { id, path, same } of named) {
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      errors.push(
        idError(path, `duplicate event id ${quote(id)}: already used by ${earlier}`, input.textOf),
      );
      continue;
    }
    seen.set(id, path);
    if (same === undefined || same.day === '' || same.actors === '') continue;
    const actors = same.actors.split(' ');
    const key = `${same.day} ${same.type}`;
    const sameDay = days.get(key) ?? [];
    const twin = sameDay.find((e) => e.actors.some((a) => actors.includes(a)));
    if (twin !== undefined) {
      const shared = actors.filter((a) => twin.actors.includes(a)).join(', ');
      errors.push(
        idError(
          path,
          `the same ${same.type} as ${twin.path}: both on ${same.day} with ${shared}; merge the two files into one event, or, if one is part of the other, give it the type that says so (a meeting on the sidelines of a summit is a meeting)`,
          input.textOf,
        ),
      );
      continue;
    }
    sameDay.push({ path, actors });
    days.set(key, sameDay);
  }
  relating.sort((a, b) => (pathKey(a.path) < pathKey(b.path) ? -1 : 1));
  // The dates of events that only receive relations are needed too: index them all, cheaply.
  const dates = new Map(events.map((e) => [e.id, e]));
  checkRelations(relating, seen, dates, (path, field, message) =>
    errors.push(fieldError(path, field, message, input.textOf)),
  );
  if (files === 0 && errors.length === 0)
    errors.push({
      path: `${input.dataDir}/events`,
      line: 1,
      col: 1,
      field: '',
      message: `no events found; add one as ${input.dataDir}/events/<year>/<id>.yaml`,
    });
  if (errors.length > 0 || input.catalogue.content === undefined)
    return { ok: false, errors: errors.sort(compareDiagnostics) };

  const content = input.catalogue.content;
  events.sort(chronological);
  const related = relationsBothWays(relating, new Map(events.map((e, k) => [e.id, k])));
  const chunked = events.length > (input.details?.detailsInlineLimit ?? DETAILS_INLINE_LIMIT);
  // Where each event's bytes are in the stores, in Dataset order: positions, not per-event cuts.
  // Serialising copies from them; 100,000 events' cuts and their arrays, kept alive until then,
  // were ~400,000 objects for the garbage collector to promote and mark.
  const n = events.length;
  const buffers = new Array<Uint8Array>(n);
  const tails = new Array<Uint8Array | undefined>(n);
  const stored: EventBytes = {
    buffers,
    starts: new Int32Array(n),
    splits: new Int32Array(n),
    ends: new Int32Array(n),
    tails,
  };
  events.forEach(({ share, i, id }, k) => {
    const offset = share.offsets[i] as number;
    buffers[k] = share.bytes[share.segments[i] as number] as Uint8Array;
    stored.starts[k] = offset;
    stored.splits[k] = offset + (share.splits[i] as number);
    stored.ends[k] = offset + (share.lengths[i] as number);
    const links = related.get(id);
    tails[k] = links && Buffer.from(`,"related":${JSON.stringify(links)}`);
  });
  const chunkSize = input.details?.detailsChunkSize ?? DETAILS_CHUNK_SIZE;
  const { hash, bytes, chunks } = serialiseDataset(
    content,
    stored,
    chunked ? { chunkSize } : undefined,
  );
  return {
    ok: true,
    bytes,
    chunks,
    hash,
    counts: { events: events.length, actors: content.actors.length, forums: content.forums.length },
    drafts: drafts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

/** An error at a file's id, for the checks across files; located only when there is one. */
function idError(path: string, message: string, textOf: (path: string) => string): Diagnostic {
  return fieldError(path, ['id'], message, textOf);
}

function fieldError(
  path: string,
  field: FieldPath,
  message: string,
  textOf: (path: string) => string,
): Diagnostic {
  const at = locatorFor(textOf(path)).locate(field, 'value');
  return { path, ...at, field: formatField(field), message };
}

function misplacedFileMessage(relative: string, dataDir: string): string {
  if (relative.endsWith('.yml')) return 'data files end in .yaml, not .yml; rename the file';
  if (relative.startsWith('events/'))
    return `an event belongs in ${dataDir}/events/<year>/<id>.yaml, e.g. ${dataDir}/events/2026/2026-02-04-putin-xi-video-call.yaml`;
  const hint = suggestion(relative.replace(/\.yaml$/, ''), Object.keys(LIST_FILES));
  return `not a file Masar reads${hint.replace(/"([^"]+)"/, '"$1.yaml"')}; data files are affiliations.yaml, actors.yaml, forums.yaml, types.yaml, places.yaml and events/<year>/<id>.yaml`;
}
