import { describe, expect, it } from 'vitest';
import { writeDelimited } from './delimited.ts';
import { parseGroupMap } from './groupMap.ts';
import { fromTimelineJs } from './timelineJs.ts';
import type { Converted } from './timelineJs.ts';

const HEADER = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
];

/** A template row: the given columns filled, the rest empty. */
function row(cells: Partial<Record<(typeof HEADER)[number], string>>): string[] {
  return HEADER.map((h) => cells[h] ?? '');
}

const sheet = (...rows: string[][]) => writeDelimited([HEADER, ...rows], ',');

function converted(result: ReturnType<typeof fromTimelineJs>): Converted {
  if ('errors' in result) throw new Error(result.errors.join('\n'));
  return result;
}

const MAP = parseGroupMap(
  'groups:\n  BRICS: { type: summit, forums: [brics] }\n  Calls: { type: call }\n',
  'map.yaml',
);

describe('TimelineJS sheets (CSV)', () => {
  it('takes the precision from the date parts filled in, and ranges from End Year', () => {
    const { events } = converted(
      fromTimelineJs(
        sheet(
          row({
            Year: '2,024',
            Month: '10',
            Day: '22',
            'End Year': '2024',
            'End Month': '10',
            'End Day': '24',
            Headline: 'Kazan summit',
          }),
          row({ Year: '2025', Month: '5', Headline: 'Talks in May' }),
          row({ Year: '1996', Headline: 'A partnership' }),
          row({ Year: '2001', Month: '7', 'End Year': '2002', Headline: 'Mixed ends' }),
          row({
            Year: '2026',
            Month: '2',
            Day: '4',
            'End Month': '3',
            Headline: 'No end year: no end date',
          }),
        ),
        'sheet.csv',
        undefined,
      ),
    );
    expect(events.map((e) => [e.row, e.event.date, e.event.precision])).toEqual([
      [2, { start: '2024-10-22', end: '2024-10-24' }, 'day'],
      [3, '2025-05', 'month'],
      [4, '1996', 'year'],
      [5, { start: '2001', end: '2002' }, 'year'],
      [6, '2026-02-04', 'day'],
    ]);
  });

  it('makes every event a draft in the language of its text, with no participants or sources', () => {
    const { events } = converted(
      fromTimelineJs(
        sheet(
          row({
            Year: '2026',
            Month: '2',
            Day: '4',
            Headline: 'Putin and Xi talk',
            Text: '<p>By video.</p>',
          }),
          row({
            Year: '2026',
            Month: '2',
            Day: '4',
            Headline: 'بوتين وشي',
            Text: 'عبر <b>الفيديو</b>',
          }),
        ),
        'sheet.csv',
        undefined,
      ),
    );
    expect(events.map((e) => e.event)).toEqual([
      {
        id: '2026-02-04-putin-and-xi-talk',
        draft: true,
        date: '2026-02-04',
        precision: 'day',
        title: { en: 'Putin and Xi talk' },
        summary: { en: 'By video.' },
        actors: [],
        forums: [],
        sources: [],
      },
      {
        id: '2026-02-04-timelinejs-3',
        draft: true,
        date: '2026-02-04',
        precision: 'day',
        title: { ar: 'بوتين وشي' },
        summary: { ar: 'عبر الفيديو' },
        actors: [],
        forums: [],
        sources: [],
      },
    ]);
  });

  it('turns HTML into plain text: entities decoded, script and style content dropped', () => {
    const { events } = converted(
      fromTimelineJs(
        sheet(
          row({
            Year: '2026',
            Headline: 'A &amp; B',
            Text: 'Talks&nbsp;held<script>steal()</script><style>b{}</style> &lt;here&gt;',
          }),
        ),
        'sheet.csv',
        undefined,
      ),
    );
    expect(events[0]?.event.title).toEqual({ en: 'A & B' });
    expect(events[0]?.event.summary).toEqual({ en: 'Talks held <here>' });
  });

  it('reports the title slide and eras instead of importing them, and what else it left out', () => {
    const { events, notes } = converted(
      fromTimelineJs(
        sheet(
          row({ Year: '1949', Headline: 'Russia and China', Type: 'title' }),
          row({ Year: '1991', 'End Year': '2000', Headline: 'The nineties', Type: 'era' }),
          row({
            Year: '2026',
            Month: '2',
            Day: '4',
            Time: '10:00',
            Headline: 'Call',
            Media: 'https://example.org/x.jpg',
          }),
          row({ Year: '2027', Headline: 'Second title', Type: 'title' }),
        ),
        'sheet.csv',
        undefined,
      ),
    );
    expect(events.map((e) => e.event.title)).toEqual([{ en: 'Call' }, { en: 'Second title' }]);
    expect(notes).toEqual([
      "title slide (row 2): «Russia and China» is the timeline's title, not an event; not imported",
      'era (row 3): «The nineties» 1991–2000; Masar has no eras, not imported',
      'row 5: a second title slide, imported as an event (TimelineJS shows it as one)',
      '1 slide has a time of day; Masar keeps dates only',
      '1 slide has media; Masar shows none, so it was not imported (a news link belongs in sources)',
    ]);
  });

  it('maps Group to a type and forums through the mapping, and reports groups it lacks', () => {
    const { events, notes } = converted(
      fromTimelineJs(
        sheet(
          row({ Year: '2024', Month: '10', Day: '22', Headline: 'Kazan', Group: 'BRICS' }),
          row({ Year: '2024', Month: '11', Headline: 'A call', Group: 'Calls' }),
          row({ Year: '2024', Month: '12', Headline: 'Other', Group: 'Misc' }),
        ),
        'sheet.csv',
        MAP,
      ),
    );
    expect(events.map((e) => [e.event.type, e.event.forums])).toEqual([
      ['summit', ['brics']],
      ['call', []],
      [undefined, []],
    ]);
    expect(notes).toEqual([
      'Group "Misc" (row 4) is not in the mapping: those drafts have no type or forum from it',
    ]);
  });

  it('names the row and column of a date it cannot read', () => {
    const result = fromTimelineJs(
      sheet(
        row({ Headline: 'No year' }),
        row({ Year: '2026', Day: '4', Headline: 'Day without month' }),
        row({ Year: '2026', Month: 'Feb', Headline: 'Month as a word' }),
        row({ Year: '-500', Headline: 'Too early' }),
      ),
      'sheet.csv',
      undefined,
    );
    expect(result).toEqual({
      errors: [
        'row 2, Year: an event needs a year',
        'row 3, Day: a day needs a month',
        'row 4, Month: "Feb" is not a month number (1–12)',
        'row 5, Year: "-500" is not a year Masar can show (0–9999)',
      ],
    });
  });

  it('refuses a CSV that is not a TimelineJS sheet', () => {
    expect(fromTimelineJs('id,title\nx,y\n', 'other.csv', undefined)).toEqual({
      errors: [expect.stringMatching(/^row 1: not a TimelineJS sheet/)],
    });
  });
});

describe('TimelineJS JSON', () => {
  const timeline = {
    title: { text: { headline: 'Russia &amp; China', text: 'Since 1949' } },
    events: [
      {
        start_date: { year: 2024, month: 10, day: 22 },
        end_date: { year: '2024', month: '10', day: '24' },
        text: { headline: 'BRICS summit in Kazan', text: '<p>Leaders met.</p>' },
        group: 'BRICS',
        unique_id: 'kazan-summit',
      },
      { start_date: { year: 2025, hour: 9 }, text: { headline: 'A year' } },
    ],
    eras: [{ start_date: { year: 2000 }, end_date: { year: 2010 }, text: { headline: 'Decade' } }],
  };

  it('reads events, their unique_id for the id, and reports the title and eras', () => {
    const { events, notes } = converted(
      fromTimelineJs(JSON.stringify(timeline), 'timeline.json', MAP),
    );
    expect(events.map((e) => e.event)).toEqual([
      {
        id: '2024-10-22-kazan-summit',
        draft: true,
        date: { start: '2024-10-22', end: '2024-10-24' },
        precision: 'day',
        type: 'summit',
        title: { en: 'BRICS summit in Kazan' },
        summary: { en: 'Leaders met.' },
        actors: [],
        forums: ['brics'],
        sources: [],
      },
      {
        id: '2025-a-year',
        draft: true,
        date: '2025',
        precision: 'year',
        title: { en: 'A year' },
        actors: [],
        forums: [],
        sources: [],
      },
    ]);
    expect(notes).toEqual([
      "title slide (title): «Russia & China» is the timeline's title, not an event; not imported",
      'era (eras[0]): «Decade» 2000–2010; Masar has no eras, not imported',
      '1 slide has a time of day; Masar keeps dates only',
    ]);
  });

  it('names the slide of a bad date, and refuses what is not a timeline', () => {
    expect(
      fromTimelineJs('{"events":[{"start_date":{"month":3},"text":{}}]}', 't.json', undefined),
    ).toEqual({
      errors: ['events[0], start_date.year: an event needs a year'],
    });
    expect(fromTimelineJs('{"slides":[]}', 't.json', undefined)).toEqual({
      errors: ['not a TimelineJS timeline: it needs an "events" list'],
    });
  });
});

describe('the group mapping file', () => {
  it('refuses anything but type and forums, naming the group', () => {
    expect(() => parseGroupMap('groups:\n  BRICS: { forum: brics }\n', 'map.yaml')).toThrow(
      'map.yaml: groups.BRICS: unknown forum; a group maps to "type" and/or "forums"',
    );
    expect(() => parseGroupMap('BRICS: summit\n', 'map.yaml')).toThrow(/must hold "groups:"/);
  });
});
