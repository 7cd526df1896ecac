import { describe, expect, it } from 'vitest';
import type { Dataset, EventDetails, TimelineEvent } from '../domain/schema.ts';
import { compile, jsonText } from './compile.ts';
import type { CompileResult } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';
import type { FixtureFile } from './fixtureFiles.ts';
import { validFiles } from './fixtureFiles.ts';

const KAZAN = 'data/events/2024/2024-10-22-brics-summit-kazan.yaml';
const TALKS = 'data/events/2025/2025-05-lavrov-wang-talks.yaml';
const CALL = 'data/events/2026/2026-02-04-putin-xi-video-call.yaml';
const ANNIVERSARY = 'data/events/2026/2026-treaty-anniversary.yaml';

/** The valid corpus with `related:` lines appended to some of its events. */
function withRelated(related: Record<string, string>, extra: FixtureFile[] = []): FixtureFile[] {
  return [
    ...validFiles().map((f) =>
      related[f.path] === undefined ? f : { ...f, text: `${f.text}related:\n${related[f.path]}` },
    ),
    ...extra,
  ];
}
const item = (id: string, relation: string) => `  - { id: ${id}, relation: ${relation} }\n`;
const messages = (r: CompileResult) => (r.ok ? [] : r.errors.map(formatDiagnostic));

type Full = TimelineEvent & EventDetails;
function eventsOf(r: CompileResult): Map<string, Full> {
  if (!r.ok) throw new Error(messages(r).join('\n'));
  const dataset = JSON.parse(jsonText(r)) as Dataset;
  return new Map(dataset.events.map((e) => [e.id, e as Full]));
}

/** A line number of the file as the test wrote it: the line of its n-th related item (0-based). */
function relatedLine(path: string, n: number): number {
  const text = validFiles().find((f) => f.path === path)?.text as string;
  return text.split('\n').length + 1 + n;
}

describe('related events', () => {
  it('carries each relation both ways, in the details, in time order', () => {
    const events = eventsOf(
      compile(
        withRelated({
          [CALL]: item('2024-10-22-brics-summit-kazan', 'follows-up'),
          [ANNIVERSARY]: item('2026-02-04-putin-xi-video-call', 'announced-by'),
          [TALKS]: item('2024-10-22-brics-summit-kazan', 'follows-up'),
        }),
      ),
    );
    expect(events.get('2026-02-04-putin-xi-video-call')?.related).toEqual([
      { id: '2024-10-22-brics-summit-kazan', relation: 'follows-up' },
      { id: '2026-treaty-anniversary', relation: 'announces' },
    ]);
    expect(events.get('2024-10-22-brics-summit-kazan')?.related).toEqual([
      { id: '2025-05-lavrov-wang-talks', relation: 'followed-by' },
      { id: '2026-02-04-putin-xi-video-call', relation: 'followed-by' },
    ]);
    expect(events.get('2026-treaty-anniversary')?.related).toEqual([
      { id: '2026-02-04-putin-xi-video-call', relation: 'announced-by' },
    ]);
  });

  it('keeps relations out of the index in chunked mode, and in the details chunk', () => {
    const r = compile(
      withRelated({ [ANNIVERSARY]: item('2026-02-04-putin-xi-video-call', 'announced-by') }),
      { detailsInlineLimit: 0, detailsChunkSize: 10 },
    );
    if (!r.ok) throw new Error(messages(r).join('\n'));
    expect(jsonText(r)).not.toContain('related');
    const chunk = JSON.parse(r.chunks[0]?.bytes.toString('utf8') ?? '{}') as {
      events: EventDetails[];
    };
    expect(chunk.events.map((e) => e.related ?? [])).toContainEqual([
      { id: '2026-treaty-anniversary', relation: 'announces' },
    ]);
  });

  it('refuses an id that names no event, with a did-you-mean', () => {
    expect(
      messages(
        compile(withRelated({ [CALL]: item('2024-10-22-brics-summit-kazn', 'follows-up') })),
      ),
    ).toEqual([
      `${CALL}:${relatedLine(CALL, 0)}:11 related[0].id: unknown event "2024-10-22-brics-summit-kazn" (did you mean "2024-10-22-brics-summit-kazan"?); an id is a file name under data/events/<year>/ without .yaml`,
    ]);
  });

  it('refuses an event related to itself', () => {
    expect(
      messages(compile(withRelated({ [CALL]: item('2026-02-04-putin-xi-video-call', 'part-of') }))),
    ).toEqual([
      `${CALL}:${relatedLine(CALL, 0)}:11 related[0].id: an event cannot be related to itself; name another event's id`,
    ]);
  });

  it('refuses the same event related twice from one file', () => {
    const result = compile(
      withRelated({
        [CALL]:
          item('2024-10-22-brics-summit-kazan', 'follows-up') +
          item('2024-10-22-brics-summit-kazan', 'announced-by'),
      }),
    );
    expect(messages(result)).toEqual([
      `${CALL}:${relatedLine(CALL, 1)}:11 related[1].id: "2024-10-22-brics-summit-kazan" is already related at related[0]; two events relate one way only, so keep the relation the sources support`,
    ]);
  });

  it('refuses the derived direction, saying where to write the stored one', () => {
    expect(
      messages(
        compile(withRelated({ [KAZAN]: item('2026-02-04-putin-xi-video-call', 'announces') })),
      ),
    ).toEqual([
      `${KAZAN}:${relatedLine(KAZAN, 0)}:53 related[0].relation: "announces" is the other direction of "announced-by", which the compiler derives; write the relation once, on "2026-02-04-putin-xi-video-call": related: [{ id: 2024-10-22-brics-summit-kazan, relation: announced-by }]`,
    ]);
  });

  it('refuses an unknown relation, naming the ones a file may hold', () => {
    expect(
      messages(compile(withRelated({ [CALL]: item('2024-10-22-brics-summit-kazan', 'precedes') }))),
    ).toEqual([
      `${CALL}:${relatedLine(CALL, 0)}:52 related[0].relation: must be one of: announced-by, follows-up, outcome-of, anniversary-of, part-of, not the text "precedes"`,
    ]);
  });

  it('refuses two events related from both sides (A follows up B and B follows up A)', () => {
    const result = compile(
      withRelated({
        [KAZAN]: item('2026-02-04-putin-xi-video-call', 'part-of'),
        [CALL]: item('2024-10-22-brics-summit-kazan', 'part-of'),
      }),
    );
    expect(messages(result)).toEqual([
      `${CALL}:${relatedLine(CALL, 0)}:11 related[0].id: "2024-10-22-brics-summit-kazan" already states "part-of" this event (${KAZAN}, related[0]); a pair of events is related once, from one side, and the other direction is derived: remove one of the two`,
    ]);
  });

  it('refuses a relation the dates contradict (following up an event that comes later)', () => {
    expect(
      messages(
        compile(withRelated({ [KAZAN]: item('2026-02-04-putin-xi-video-call', 'follows-up') })),
      ),
    ).toEqual([
      `${KAZAN}:${relatedLine(KAZAN, 0)}:11 related[0].id: this event ends (2024-10-24) before "2026-02-04-putin-xi-video-call" begins (2026-02-04), so it cannot be "follows-up" it; check the relation's direction or the dates`,
    ]);
  });

  it('refuses a circle of part-of', () => {
    const result = compile(
      withRelated({
        [KAZAN]: item('2025-05-lavrov-wang-talks', 'part-of'),
        [TALKS]: item('2026-02-04-putin-xi-video-call', 'part-of'),
        [CALL]: item('2024-10-22-brics-summit-kazan', 'part-of'),
      }),
    );
    expect(messages(result)).toEqual([
      `${CALL}:${relatedLine(CALL, 0)}:11 related[0].id: part-of goes round in a circle: "2024-10-22-brics-summit-kazan" is part of "2025-05-lavrov-wang-talks" is part of "2026-02-04-putin-xi-video-call" is part of "2024-10-22-brics-summit-kazan"; an event cannot be part of itself, so remove one of these relations`,
    ]);
  });
});
