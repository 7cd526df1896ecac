import { describe, expect, it } from 'vitest';
import { ActorsFile, EventRaw } from '../domain/schema.ts';
import type { Problem } from './diagnostic.ts';
import { formatField } from './diagnostic.ts';
import type { ReferenceSets } from './crossCheck.ts';
import { checkEvent, referenceSets, termSpans } from './crossCheck.ts';

const role = (en: string) => ({ ar: 'منصب', en });
const REFS: ReferenceSets = referenceSets({
  actors: ['putin', 'xi', 'ushakov'],
  forums: ['brics', 'sco', 'un'],
  types: ['summit', 'meeting', 'call'],
  actorsPath: 'data/actors.yaml',
  terms: termSpans(
    ActorsFile.parse([
      {
        id: 'putin',
        name: { ar: 'بوتين', en: 'Putin' },
        role: role('President'),
        affiliation: 'russia',
        aliases: [],
        terms: [
          { from: '2000-05-07', to: '2008-05-07', role: role('President of Russia') },
          { from: '2008-05-08', to: '2012-05', role: role('Prime Minister of Russia') },
          { from: 2024, role: role('President of Russia') },
        ],
      },
      {
        id: 'xi',
        name: { ar: 'شي', en: 'Xi' },
        role: role('President'),
        affiliation: 'china',
        aliases: [],
        terms: [{ from: '2013-03-14', role: role('President of China') }],
      },
      // A term that is not a real date (reported in actors.yaml): the actor's events go unchecked.
      {
        id: 'ushakov',
        name: role('Ushakov'),
        role: role('Aide'),
        affiliation: 'russia',
        aliases: [],
        terms: [{ from: '2012-02-30', role: role('Aide to the President') }],
      },
    ]),
  ),
});

/** An event that passes every check; `changes` replace its fields. */
function event(changes: Record<string, unknown> = {}) {
  return EventRaw.parse({
    id: '2024-10-22-summit',
    date: '2024-10-22',
    precision: 'day',
    status: 'happened',
    type: 'summit',
    title: { ar: 'قمة', en: 'Summit' },
    summary: { ar: 'ملخص.', en: 'Summary.' },
    actors: ['putin', 'xi'],
    forums: [],
    sources: [
      {
        outlet: { ar: 'وكالة', en: 'Agency' },
        url: 'https://agency.example/1',
        published: '2024-10-22',
        language: 'en',
      },
    ],
    ...changes,
  });
}

function problems(changes: Record<string, unknown> = {}, refs = REFS): string[] {
  const found: Problem[] = [];
  const parsed = event(changes);
  const start = typeof parsed.date === 'string' ? parsed.date : parsed.date.start;
  checkEvent(
    {
      path: 'data/events/2024/2024-10-22-summit.yaml',
      event: parsed,
      fileId: '2024-10-22-summit',
      // Filed under its own year, so only the check under test speaks.
      folderYear: start.slice(0, 4),
    },
    refs,
    (_path, p) => found.push(p),
  );
  return found.map((p) => `${formatField(p.field)}: ${p.message}`);
}

const title = (ar: string, en: string) => ({ title: { ar, en } });

describe('checkEvent', () => {
  it('accepts the base event', () => {
    expect(problems()).toEqual([]);
  });

  describe('a "happened" event after the day of the compile', () => {
    const on = (today: string) => referenceSets({ ...REFS, today });
    it('is refused, at its status', () => {
      expect(problems({}, on('2024-10-21'))).toEqual([
        'status: is "happened" but the event starts on 2024-10-22, after today (2024-10-21); write status: planned, or correct the date',
      ]);
    });
    it('passes on its own day, when planned, and when its month or year has begun', () => {
      expect(problems({}, on('2024-10-22'))).toEqual([]);
      expect(problems({ status: 'planned' }, on('2024-10-21'))).toEqual([]);
      expect(problems({ date: '2024-10', precision: 'month' }, on('2024-10-01'))).toEqual([]);
      expect(problems({ date: 2024, precision: 'year' }, on('2024-01-01'))).toEqual([]);
    });
  });

  describe('sources', () => {
    it('needs a url on at least one source, not on every one', () => {
      const source = (url?: string) => ({
        outlet: { ar: 'وكالة', en: 'Agency' },
        ...(url === undefined ? {} : { url }),
        published: '2024-10-22',
        language: 'ar',
      });
      expect(problems({ sources: [source(), source()] })).toEqual([
        'sources: no source has a url; at least one source must give the web address (https://…) where the event can be checked',
      ]);
      expect(problems({ sources: [source(), source('https://agency.example/2')] })).toEqual([]);
    });
  });

  describe('the forum of a BRICS or SCO summit', () => {
    it('is required when either title names it', () => {
      expect(problems(title('قمة', 'BRIC leaders meet in Yekaterinburg'))).toEqual([
        'forums: the English title names BRICS ("BRIC leaders meet in Yekaterinburg") but forums does not list "brics"; a BRICS summit must carry its forum, so add brics to forums',
      ]);
      expect(problems(title('قمة شنغهاي في سمرقند', 'Summit in Samarkand'))).toEqual([
        'forums: the Arabic title names the SCO ("قمة شنغهاي في سمرقند") but forums does not list "sco"; an SCO summit must carry its forum, so add sco to forums',
      ]);
      expect(problems(title('قمة', 'Shanghai Cooperation Organisation summit'))).toHaveLength(1);
      expect(problems(title('القمة السابعة لمجموعة البريكس', 'Seventh summit'))).toHaveLength(1);
      expect(problems(title('قمة وبريكس', 'Summit'))).toHaveLength(1);
      expect(problems(title('قمة', 'Summit of BRICS and the SCO'))).toHaveLength(2);
    });

    it('is satisfied by listing the forum, and not asked of other types', () => {
      expect(problems({ ...title('قمة بريكس', 'BRICS summit'), forums: ['brics'] })).toEqual([]);
      expect(
        problems({ ...title('لقاء', 'Meeting at the BRICS summit'), type: 'meeting' }),
      ).toEqual([]);
    });

    it('is not read into other words, or into Shanghai the city', () => {
      // "تبريكات" (congratulations) holds the letters of "بريك"; CICA met in Shanghai in 2014.
      expect(problems(title('تبريكات في قمة سيكا في شنغهاي', 'CICA summit in Shanghai'))).toEqual(
        [],
      );
      expect(problems(title('قمة', 'Summit on Scotland and fabrics'))).toEqual([]);
    });

    it('is not required in a data folder without that forum', () => {
      const noBrics = referenceSets({ ...REFS, forums: ['sco'] });
      expect(problems(title('قمة بريكس', 'BRICS summit'), noBrics)).toEqual([]);
    });
  });

  describe('actors and their terms', () => {
    const at = (date: unknown, precision = 'day', actors = ['putin', 'xi']) =>
      problems({ date, precision, actors, type: 'meeting' });

    it('accepts an event inside a term, its first and last days included', () => {
      expect(at('2013-03-14', 'day', ['xi'])).toEqual([]);
      expect(at('2024-12-31')).toEqual([]);
      expect(at('2008-05-07', 'day', ['putin'])).toEqual([]);
      expect(at('2008-05-08', 'day', ['putin'])).toEqual([]);
      // A term that ends in a month covers the whole month.
      expect(at('2012-05-31', 'day', ['putin'])).toEqual([]);
    });

    it('names the actor, the date and the terms when the start is outside all of them', () => {
      expect(at('2013-03-13')).toEqual([
        'actors[0]: the event starts on 2013-03-13, outside every term of "putin" in data/actors.yaml (President of Russia 2000-05-07 – 2008-05-07; Prime Minister of Russia 2008-05-08 – 2012-05; President of Russia from 2024); check the event\'s date and actors, or add the missing term to data/actors.yaml',
        'actors[1]: the event starts on 2013-03-13, outside every term of "xi" in data/actors.yaml (President of China from 2013-03-14); check the event\'s date and actors, or add the missing term to data/actors.yaml',
      ]);
      expect(at('1999-12-31', 'day', ['putin'])).toHaveLength(1);
    });

    it('compares the start only, and gives a month or a year the benefit of its days', () => {
      // Starts before Xi's term, ends inside it: still outside.
      expect(at({ start: '2013-03-10', end: '2013-03-20' }, 'day', ['xi'])).toHaveLength(1);
      expect(at('2013-03', 'month', ['xi'])).toEqual([]);
      expect(at('2013', 'year', ['xi'])).toEqual([]);
      expect(at('2012', 'year', ['xi'])).toEqual([
        'actors[0]: the event starts in 2012, outside every term of "xi" in data/actors.yaml (President of China from 2013-03-14); check the event\'s date and actors, or add the missing term to data/actors.yaml',
      ]);
    });

    it('leaves actors whose terms are not real dates, and unreal event dates, to the other checks', () => {
      expect(at('1990-01-01', 'day', ['ushakov'])).toEqual([]);
      expect(at('2013-02-30', 'day', ['xi'])).toEqual([
        'date: "2013-02-30" is not a real date: February 2013 has 28 days',
      ]);
    });
  });
});
