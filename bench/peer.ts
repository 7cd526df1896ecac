/**
 * The peer the benchmark measures Masar against: Knight Lab's TimelineJS3 (the npm package
 * @knight-lab/timelinejs, a devDependency used only here). Converts a compiled corpus to
 * TimelineJS's JSON format and writes the small page that loads it, served by bench/server.ts
 * beside Masar's build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, TimelineEvent } from '../src/domain/schema.ts';
import { parsePartialDate } from '../src/domain/partialDate.ts';

/** Where TimelineJS's built files are served from (its dist/ folder) and where the page is. */
export const PEER_LIB_PREFIX = '/peer/tl/';
export const PEER_PAGE_PREFIX = '/peer/';
export const PEER_PAGE = `${PEER_PAGE_PREFIX}index.html`;
export const PEER_DIST = 'node_modules/@knight-lab/timelinejs/dist';

interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group: string;
}

export interface TimelineJsData {
  events: TimelineJsEvent[];
}

/** TimelineJS renders headline and text as HTML: event text is data, so it is escaped first. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A partial date as TimelineJS takes it: only the parts the event's precision knows. */
function peerDate(value: string): TimelineJsDate {
  const parts = parsePartialDate(value);
  if (!('year' in parts)) throw new Error(`not a date the compiler would write: "${value}"`);
  const date: TimelineJsDate = { year: String(parts.year) };
  if (parts.month !== undefined) date.month = String(parts.month);
  if (parts.day !== undefined) date.day = String(parts.day);
  return date;
}

function peerEvent(event: TimelineEvent, typeNames: Map<string, string>): TimelineJsEvent {
  const converted: TimelineJsEvent = {
    unique_id: event.id,
    start_date: peerDate(event.date.start),
    text: {
      headline: escapeHtml(event.title.ar),
      text: escapeHtml(event.summary?.ar ?? ''),
    },
    // Rows in TimelineJS's time navigation, like Masar's event types.
    group: typeNames.get(event.type) ?? event.type,
  };
  if (event.date.end !== undefined) converted.end_date = peerDate(event.date.end);
  return converted;
}

/**
 * Every event of the corpus, Arabic text, with its summary (the dataset must have its detail
 * chunks merged back in, as bench/corpus.ts readCompiled does). No title slide: the first slide
 * is the first event, as Masar's first paint is of events.
 */
export function toTimelineJs(dataset: Dataset): TimelineJsData {
  const typeNames = new Map(dataset.types.map((type) => [type.id, type.name.ar]));
  return { events: dataset.events.map((event) => peerEvent(event, typeNames)) };
}

/**
 * The page: TimelineJS's own CSS and script, then a start script that fetches the events (as
 * Masar fetches its events.json at run time) and creates the timeline in Arabic. The start code
 * is a file, not inline, so the page has no inline script, like Masar's.
 */
const PAGE = `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>TimelineJS3 (bench peer)</title>
    <link rel="stylesheet" href="${PEER_LIB_PREFIX}css/timeline.css" />
    <script src="${PEER_LIB_PREFIX}js/timeline.js"></script>
  </head>
  <body style="margin: 0">
    <div id="timeline" style="width: 100%; height: 100vh"></div>
    <script src="${PEER_PAGE_PREFIX}start.js"></script>
  </body>
</html>
`;

const START = `fetch('${PEER_PAGE_PREFIX}events.json')
  .then((response) => response.json())
  .then((data) => {
    window.timeline = new TL.Timeline('timeline', data, {
      language: 'ar',
      // Its default font is fetched from Google; the benchmark has no network, and Masar's own
      // font is self-hosted. Without it TimelineJS uses its CSS's fallback fonts.
      font: null,
      // TimelineJS resolves its locale and font files against this with new URL(): it must be absolute.
      script_path: new URL('${PEER_LIB_PREFIX}js/', location.href).href,
    });
  });
`;

/** Writes the page, its start script and the converted events into `dir` (served at /peer/). */
export function writePeerPage(dataset: Dataset, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'start.js'), START);
  writeFileSync(join(dir, 'events.json'), JSON.stringify(toTimelineJs(dataset)));
}
