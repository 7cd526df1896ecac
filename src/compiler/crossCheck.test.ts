import { describe, expect, it } from 'vitest';
import { EventRaw } from '../domain/schema.ts';
import type { Problem } from './diagnostic.ts';
import { formatField } from './diagnostic.ts';
import type { ReferenceSets } from './crossCheck.ts';
import { checkEvent, referenceSets } from './crossCheck.ts';

const REFS: ReferenceSets = referenceSets({
  actors: ['putin', 'xi'],
  forums: ['brics', 'sco', 'un'],
  types: ['summit', 'meeting', 'call'],
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
  checkEvent(
    {
      path: 'data/events/2024/2024-10-22-summit.yaml',
      event: event(changes),
      fileId: '2024-10-22-summit',
      folderYear: '2024',
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
});
