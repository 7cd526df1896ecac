import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, isDateParts, lastDay, parsePartialDate } from '../domain/partialDate.ts';
import { DEFAULT_VIEW } from '../domain/viewState.ts';
import { LANGS } from '../domain/languages.ts';
import type { DateSpan, ViewState } from '../domain/viewState.ts';
import { IGNORED_REASONS } from './ignored.ts';
import type { Migration } from './migrations.ts';
import type { Ignored } from './ignored.ts';
import {
  cleanQuery,
  MAX_ID_LENGTH,
  MAX_LIST_ITEMS,
  MAX_Q_LENGTH,
  MAX_QUERY_LENGTH,
} from './params.ts';
import type { KnownIds } from './params.ts';
import { ACTORS, EVENTS, KNOWN, viewStateArb } from './testArbitraries.ts';
import { parseViewState, serialiseViewState } from './viewStateQuery.ts';
import readme from './README.md?raw';

const parse = (search: string) => parseViewState(search, KNOWN);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('reading a link', () => {
  it('applies a link to a day, two actors and a forum, in English', () => {
    const { state, ignored } = parse('?date=2026-02-04&actors=putin~xi&forums=brics&lang=en');
    expect(state).toEqual(
      view({ date: '2026-02-04', actors: ['putin', 'xi'], forums: ['brics'], lang: 'en' }),
    );
    expect(ignored).toEqual([]);
  });

  it('opens with the defaults when the link has no query', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW, ignored: [] });
    expect(parse('?')).toEqual({ state: DEFAULT_VIEW, ignored: [] });
  });

  it('reads every key', () => {
    const { state, ignored } = parse(
      '?date=2025-05-08&event=2026-02-04-putin-xi-call&actors=xi&match=all&forums=sco&types=call~visit' +
        '&period=2024..2026&q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&range=2024-01..2026-06&view=list&order=oldest&lang=en',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      lang: 'en',
      date: '2025-05-08',
      event: '2026-02-04-putin-xi-call',
      actors: ['xi'],
      actorsMode: 'all',
      forums: ['sco'],
      types: ['call', 'visit'],
      period: { start: '2024', end: '2026' },
      q: 'بوتين',
      range: { start: '2024-01', end: '2026-06' },
      view: 'list',
      order: 'oldest',
    });
  });

  it('reads one partial date as a span covering all of it', () => {
    expect(parse('?period=2025').state.period).toEqual({ start: '2025', end: '2025' });
    expect(parse('?range=2025-03').state.range).toEqual({ start: '2025-03', end: '2025-03' });
  });

  it('accepts spans whose ends have different precisions, as long as they are not empty', () => {
    expect(parse('?range=2024-06..2024').state.range).toEqual({ start: '2024-06', end: '2024' });
    expect(parse('?range=2024-03-01..2024-03-01').ignored).toEqual([]);
  });

  it('reads "+" and %20 in search text as spaces, and keeps markup as plain text', () => {
    expect(parse('?q=xi+jinping').state.q).toBe('xi jinping');
    expect(parse('?q=%3Cb%3Exi%3C%2Fb%3E').state.q).toBe('<b>xi</b>');
  });

  it('removes bidi controls and control characters from search text, and trims it', () => {
    expect(parse('?q=%20%E2%80%AEabc%E2%80%AC%0Adef%09%20').state.q).toBe('abcdef');
  });

  it('keeps zero-width joiners, which Arabic-script typing uses', () => {
    expect(parse('?q=%D9%85%E2%80%8C%D9%8A').state.q).toBe('م\u200cي');
  });

  it('ignores unknown parameters silently and does not write them back', () => {
    const { state, ignored } = parse('?utm_source=telegram&fbclid=abc&lang=en&Lang=ar');
    expect(ignored).toEqual([]);
    expect(serialiseViewState(state)).toBe('?lang=en');
  });

  it('treats an empty value as absent', () => {
    expect(parse('?actors=&date=&lang')).toEqual({ state: DEFAULT_VIEW, ignored: [] });
  });
});

describe('a bad value is dropped and reported, the rest of the link still applies', () => {
  const cases: [string, string, Ignored[]][] = [
    [
      'an unknown actor',
      '?actors=putin~nobody',
      [{ param: 'actors', value: 'nobody', reason: 'unknown-actor' }],
    ],
    [
      'an unknown forum',
      '?forums=nato~brics',
      [{ param: 'forums', value: 'nato', reason: 'unknown-forum' }],
    ],
    ['an unknown type', '?types=war', [{ param: 'types', value: 'war', reason: 'unknown-type' }]],
    [
      'an unknown event',
      '?event=no-such-event',
      [{ param: 'event', value: 'no-such-event', reason: 'unknown-event' }],
    ],
    [
      'an id of the wrong shape',
      '?actors=Putin',
      [{ param: 'actors', value: 'Putin', reason: 'unknown-actor' }],
    ],
    [
      'an impossible date',
      '?date=2026-13-45',
      [{ param: 'date', value: '2026-13-45', reason: 'invalid-date' }],
    ],
    [
      'the 29th of February in a common year',
      '?date=2025-02-29',
      [{ param: 'date', value: '2025-02-29', reason: 'invalid-date' }],
    ],
    [
      'a month where a day is expected',
      '?date=2026-02',
      [{ param: 'date', value: '2026-02', reason: 'invalid-date' }],
    ],
    [
      'a date in another format',
      '?date=04/02/2026',
      [{ param: 'date', value: '04/02/2026', reason: 'invalid-date' }],
    ],
    [
      'a range that ends before it starts',
      '?range=2026..2024',
      [{ param: 'range', value: '2026..2024', reason: 'invalid-range' }],
    ],
    [
      'a range with a missing end',
      '?period=2024..',
      [{ param: 'period', value: '2024..', reason: 'invalid-range' }],
    ],
    [
      'a range with three ends',
      '?period=2024..2025..2026',
      [{ param: 'period', value: '2024..2025..2026', reason: 'invalid-range' }],
    ],
    [
      'a range with an impossible end',
      '?range=2024-01..2026-13',
      [{ param: 'range', value: '2024-01..2026-13', reason: 'invalid-date' }],
    ],
    ['an unknown language', '?lang=fr', [{ param: 'lang', value: 'fr', reason: 'invalid-value' }]],
    ['an unknown view', '?view=grid', [{ param: 'view', value: 'grid', reason: 'invalid-value' }]],
    [
      'an unknown list order',
      '?order=random',
      [{ param: 'order', value: 'random', reason: 'invalid-value' }],
    ],
    [
      'an unknown actor match',
      '?match=some',
      [{ param: 'match', value: 'some', reason: 'invalid-value' }],
    ],
    [
      'garbage with broken escapes',
      '?date=%%%garbage',
      [{ param: 'date', value: '%%%garbage', reason: 'bad-encoding' }],
    ],
    [
      'a repeated key (the first wins)',
      '?lang=en&lang=ar',
      [{ param: 'lang', value: 'ar', reason: 'duplicate' }],
    ],
    [
      'an overlong id',
      `?event=${'a'.repeat(MAX_ID_LENGTH + 1)}`,
      [{ param: 'event', value: `${'a'.repeat(40)}…`, reason: 'too-long' }],
    ],
    [
      'overlong search text',
      `?q=${'x'.repeat(MAX_Q_LENGTH + 1)}`,
      [{ param: 'q', value: `${'x'.repeat(40)}…`, reason: 'too-long' }],
    ],
  ];

  it.each(cases)('%s', (_name, search, expected) => {
    const [key, value] = expected[0]?.param === 'view' ? ['lang', 'en'] : ['view', 'list'];
    const { state, ignored } = parse(`${search}&${key}=${value}`);
    expect(ignored).toEqual(expected);
    expect(state).toMatchObject({ [key]: value });
  });

  it('keeps the good items of a list and reports the bad ones together', () => {
    const { state, ignored } = parse('?actors=xi~ghost~putin~nobody~xi');
    expect(state.actors).toEqual(['putin', 'xi']);
    expect(ignored).toEqual([{ param: 'actors', value: 'ghost~nobody', reason: 'unknown-actor' }]);
  });

  it(`keeps at most ${MAX_LIST_ITEMS} items of a list`, () => {
    const many = Array.from(
      { length: MAX_LIST_ITEMS + 2 },
      (_, i) => `a${String(i).padStart(2, '0')}`,
    );
    const known: KnownIds = { ...KNOWN, actors: new Set(many) };
    const { state, ignored } = parseViewState(`?actors=${many.join('~')}`, known);
    expect(state.actors).toEqual(many.slice(0, MAX_LIST_ITEMS));
    expect(ignored).toEqual([{ param: 'actors', value: 'a25~a26', reason: 'too-long' }]);
  });

  it('reports problems in the order of the keys in a link', () => {
    const { ignored } = parse('?lang=xx&date=bad&lang=en');
    expect(ignored.map((i) => [i.param, i.reason])).toEqual([
      ['date', 'invalid-date'],
      ['lang', 'invalid-value'],
      ['lang', 'duplicate'],
    ]);
  });
});

describe('hostile links', () => {
  const payloads = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(document.cookie)</script>',
    'javascript:alert(1)',
    '"><svg onload=alert(1)>',
    '\u202Enls.exe\u202C',
    '\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
    '\u0000\u0001\u001B[31m',
  ];

  it.each(payloads)('drops %j wherever it appears and reports it as text', (payload) => {
    const encoded = encodeURIComponent(payload);
    const search = [
      'date',
      'event',
      'actors',
      'match',
      'forums',
      'types',
      'period',
      'range',
      'view',
      'lang',
    ]
      .map((key) => `${key}=${encoded}`)
      .join('&');
    const { state, ignored } = parse(`?${search}`);
    expect(state).toEqual(DEFAULT_VIEW);
    expect(ignored).toHaveLength(10);
    for (const item of ignored) expectDisplaySafe(item);
  });

  it('keeps markup in search text as the literal text typed, minus bidi and control characters', () => {
    const { state } = parse(`?q=${encodeURIComponent('<img src=x onerror=alert(1)>\u202E')}`);
    expect(state.q).toBe('<img src=x onerror=alert(1)>');
    expect(serialiseViewState(state)).toBe('?q=%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E');
  });

  it('shows a hidden bidi override in the notice instead of letting it reorder the text', () => {
    const { ignored } = parse(`?date=${encodeURIComponent('2026\u202E-02-04')}`);
    expect(ignored).toEqual([{ param: 'date', value: '2026\uFFFD-02-04', reason: 'invalid-date' }]);
  });

  it('reports a 10,000-character value as too long, shortened for the notice', () => {
    const { state, ignored } = parse(`?lang=en&date=${'9'.repeat(10_000)}`);
    expect(state.lang).toBe('en');
    expect(ignored).toEqual([{ param: 'date', value: `${'9'.repeat(40)}…`, reason: 'too-long' }]);
  });

  it('ignores a query longer than any link Masar writes, as a whole', () => {
    const { state, ignored } = parse(`?lang=en&q=${'x'.repeat(MAX_QUERY_LENGTH)}`);
    expect(state).toEqual(DEFAULT_VIEW);
    expect(ignored).toEqual([
      { param: '', value: `lang=en&q=${'x'.repeat(30)}…`, reason: 'too-long' },
    ]);
  });

  it('turns a thousand repeats of a key into one short report', () => {
    const { state, ignored } = parse(
      `?${Array.from({ length: 1000 }, (_, i) => `actors=a${i}`).join('&')}`,
    );
    expect(state.actors).toEqual([]);
    expect(ignored.map((i) => i.reason).sort()).toEqual(['duplicate', 'unknown-actor']);
    for (const item of ignored) expectDisplaySafe(item);
  });

  it('drops a value with a malformed percent escape and says so, instead of reading "\uFFFD%A"', () => {
    const { state, ignored } = parse('?q=%E0%A4%A&date=%&lang=%zz&actors=putin');
    expect(state).toEqual(view({ actors: ['putin'] }));
    expect(ignored).toEqual([
      { param: 'date', value: '%', reason: 'bad-encoding' },
      { param: 'q', value: '%E0%A4%A', reason: 'bad-encoding' },
      { param: 'lang', value: '%zz', reason: 'bad-encoding' },
    ]);
  });

  it('counts a malformed first value as the first: a later repeat is reported, not applied', () => {
    const { state, ignored } = parse('?lang=%E0&lang=en');
    expect(state.lang).toBe('ar');
    expect(ignored).toEqual([
      { param: 'lang', value: '%E0', reason: 'bad-encoding' },
      { param: 'lang', value: 'en', reason: 'duplicate' },
    ]);
  });
});

describe('writing a link', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseViewState(DEFAULT_VIEW)).toBe('');
    expect(serialiseViewState(view({ lang: 'ar', view: 'timeline', actorsMode: 'any' }))).toBe('');
    expect(serialiseViewState(view({ order: 'newest' }))).toBe('');
  });

  it('writes the list order only when it is oldest first', () => {
    expect(serialiseViewState(view({ order: 'oldest', lang: 'en' }))).toBe('?order=oldest&lang=en');
    expect(parse('?order=oldest').state.order).toBe('oldest');
  });

  it('writes a link to a day, two actors and a forum: lists sorted, separators unescaped', () => {
    const state = view({
      lang: 'en',
      date: '2026-02-04',
      actors: ['xi', 'putin', 'xi'],
      forums: ['brics'],
    });
    expect(serialiseViewState(state)).toBe('?date=2026-02-04&actors=putin~xi&forums=brics&lang=en');
    expect(serialiseViewState(view({ range: { start: '2024-01', end: '2026-06' } }))).toBe(
      '?range=2024-01..2026-06',
    );
  });

  it('writes a span of one partial date as that date', () => {
    expect(serialiseViewState(view({ period: { start: '2025', end: '2025' } }))).toBe(
      '?period=2025',
    );
  });

  it('percent-encodes Arabic search text, trimmed, so the link is plain ASCII', () => {
    expect(serialiseViewState(view({ q: ' بوتين ' }))).toBe('?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86');
  });

  it('never throws, even on text the URL cannot carry', () => {
    expect(serialiseViewState(view({ q: 'a\uD800b' }))).toBe('?q=ab');
  });

  it('fits the longest valid state into the query limit', () => {
    const id = (n: number) => `${String(n).padStart(3, '0')}-${'x'.repeat(MAX_ID_LENGTH - 4)}`;
    const ids = Array.from({ length: MAX_LIST_ITEMS }, (_, i) => id(i));
    const known: KnownIds = {
      actors: new Set(ids),
      forums: new Set(ids),
      types: new Set(ids),
      events: new Set(ids),
    };
    const longest: ViewState = {
      lang: 'en',
      date: '2026-02-04',
      event: id(0),
      actors: ids,
      actorsMode: 'all',
      forums: ids,
      types: ids,
      period: { start: '2024-01-01', end: '2026-12-31' },
      // Astral characters take the most room: 12 characters of escapes for 2 UTF-16 units.
      q: '😀'.repeat(MAX_Q_LENGTH / 2),
      range: { start: '2024-01-01', end: '2026-12-31' },
      view: 'list',
      order: 'oldest',
    };
    const search = serialiseViewState(longest);
    expect(search.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parseViewState(search, known)).toEqual({ state: longest, ignored: [] });
  });
});

describe('old links keep working', () => {
  // A rename that never happened, to exercise the mechanism: a singular key and commas.
  const RENAMED: readonly Migration[] = [
    {
      from: 'actor',
      to: 'actors',
      value: (old) => old.replaceAll(',', '~'),
      note: 'Test only.',
    },
  ];
  const parseOld = (search: string) => parseViewState(search, KNOWN, RENAMED);

  it('reads an old key and value format as the new ones', () => {
    expect(parseOld('?actor=putin,xi')).toEqual({
      state: view({ actors: ['putin', 'xi'] }),
      ignored: [],
    });
    expect(serialiseViewState(parseOld('?actor=xi').state)).toBe('?actors=xi');
  });

  it('treats an old key next to its new one as a repeat', () => {
    expect(parseOld('?actor=putin&actors=xi')).toEqual({
      state: view({ actors: ['putin'] }),
      ignored: [{ param: 'actors', value: 'xi', reason: 'duplicate' }],
    });
  });

  it('follows a key renamed twice to the newest one', () => {
    const twice = [
      ...RENAMED,
      { from: 'actors', to: 'people', note: 'Test only.' },
      { from: 'people', to: 'actors', note: 'Test only.' },
    ];
    expect(parseViewState('?actor=putin,xi', KNOWN, twice).state).toEqual(
      view({ actors: ['putin', 'xi'] }),
    );
  });

  it('renames nothing in the links Masar reads: no key has been renamed since publishing', () => {
    expect(parse('?actor=putin')).toEqual({ state: DEFAULT_VIEW, ignored: [] });
  });
});

describe('properties', () => {
  it('round trip: every valid state survives serialise then parse, with nothing ignored', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => {
        expect(parse(serialiseViewState(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 500 },
    );
  });

  const keyArb = fc.oneof(
    fc.constantFrom(
      'date',
      'event',
      'actors',
      'actor',
      'match',
      'forums',
      'types',
      'period',
      'q',
      'range',
      'view',
      'lang',
    ),
    fc.constantFrom('utm_source', 'Lang', 'date[]', ''),
    fc.string({ maxLength: 8 }),
  );
  const valueArb = fc.oneof(
    fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '%3Cscript%3E',
      '%E2%80%AE',
      '%00',
      '%',
      '%zz',
      '..',
      '~~',
      '2026-13-45',
      '2024..2026',
      '2026..2024',
      'putin~xi~nobody',
      ...ACTORS,
      ...EVENTS,
      'en',
      'list',
      'all',
      'x'.repeat(10_000),
    ),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc
      .string({ unit: 'binary', maxLength: 30 })
      .map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ''))),
  );
  const soupArb = fc
    .array(fc.tuple(keyArb, valueArb, fc.constantFrom('=', '', '==')), { maxLength: 20 })
    .map((pairs) => `?${pairs.map(([k, sep, v]) => `${k}${v}${sep}`).join('&')}`);

  const searchArb = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    soupArb,
    viewStateArb
      .map(serialiseViewState)
      .chain((s) => fc.tuple(fc.constant(s), fc.string()).map(([a, b]) => a + b)),
  );

  it('fuzz: any string in, a valid state and a display-safe report out', () => {
    fc.assert(
      fc.property(searchArb, (search) => {
        const { state, ignored } = parse(search);
        expectValidState(state, KNOWN);
        for (const item of ignored) expectDisplaySafe(item);
        // A parsed state is canonical: writing and reading it again changes nothing.
        expect(parse(serialiseViewState(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 1000 },
    );
  });
});

function expectDisplaySafe(item: Ignored): void {
  expect(IGNORED_REASONS).toContain(item.reason);
  expect(item.value).not.toMatch(
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/,
  );
  expect(Array.from(item.value).length).toBeLessThanOrEqual(41);
}

function expectValidState(state: ViewState, known: KnownIds): void {
  expect(
    Object.keys(state).every(
      (k) => k in DEFAULT_VIEW || ['date', 'event', 'period', 'range'].includes(k),
    ),
  ).toBe(true);
  expect(LANGS).toContain(state.lang);
  expect(['timeline', 'list']).toContain(state.view);
  expect(['any', 'all']).toContain(state.actorsMode);
  if (state.date !== undefined) {
    expect(state.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isDateParts(parsePartialDate(state.date))).toBe(true);
  }
  if (state.event !== undefined) expect(known.events.has(state.event)).toBe(true);
  for (const [list, ids] of [
    [state.actors, known.actors],
    [state.forums, known.forums],
    [state.types, known.types],
  ] as const) {
    expect(list.every((id) => ids.has(id))).toBe(true);
    expect(list).toEqual([...new Set(list)].sort());
    expect(list.length).toBeLessThanOrEqual(MAX_LIST_ITEMS);
  }
  for (const span of [state.period, state.range]) if (span) expectValidSpan(span);
  expect(cleanQuery(state.q)).toBe(state.q);
  expect(state.q.length).toBeLessThanOrEqual(MAX_Q_LENGTH);
}

function expectValidSpan(span: DateSpan): void {
  expect(isDateParts(parsePartialDate(span.start))).toBe(true);
  expect(isDateParts(parsePartialDate(span.end))).toBe(true);
  expect(firstDay(span.start) <= lastDay(span.end)).toBe(true);
}

describe('the README', () => {
  const examples = readme
    .split('### Examples')[1]
    ?.split('\n## ')[0]
    ?.match(/`\/\?[^`]*`/g)
    ?.map((s) => s.slice(2, -1));

  it('shows example links exactly as Masar writes them', () => {
    expect(examples?.length).toBeGreaterThan(4);
    for (const query of examples ?? []) {
      const { state, ignored } = parse(query);
      expect(ignored, query).toEqual([]);
      expect(serialiseViewState(state)).toBe(query);
    }
  });
});
