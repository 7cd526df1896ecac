/**
 * Prints a draft as a ready-to-edit data/ event file: the record in the shape the compiler reads,
 * and beside each guessed field a comment with its confidence and evidence. What the curator must
 * still decide (other dates, names not in data/, set-aside matches, ignored boilerplate) follows
 * as comments at the end, so the file stays valid YAML throughout.
 */
import { stringify } from 'yaml';
import type { Draft, OtherDate } from './draft.ts';
import { eventRecord, otherEventRecord } from './eventRecord.ts';
import type { DateMention } from './eventDate.ts';
import type { Evidence, Guess } from './guess.ts';

const scalar = (v: string): string => stringify(v, { lineWidth: 0 }).trimEnd();

const oneLine = (s: string, max = 90) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const ev = (e: Evidence) =>
  e.phrase === '' ? `(${e.rule})` : `«${oneLine(e.phrase, 70)}» (${e.rule})`;

// The spellings matched (at most three), then any note such as "not in the sentence of the date".
const entityEvidence = (list: Evidence[]) =>
  [...list.filter((e) => e.phrase !== '').slice(0, 3), ...list.filter((e) => e.phrase === '')]
    .map(ev)
    .join(', ');

function because(
  g: Pick<Guess<unknown>, 'confidence' | 'evidence'>,
  empty = 'nothing found',
): string {
  const first = g.evidence[0];
  return `# ${g.confidence}: ${first ? ev(first) : empty}`;
}

function more(indent: string, g: Pick<Guess<unknown>, 'evidence' | 'warnings'>): string[] {
  return [
    ...g.evidence.slice(1, 4).map((e) => `${indent}#   also ${ev(e)}`),
    ...(g.warnings ?? []).map((w) => `${indent}#   ⚠ ${w}`),
  ];
}

function dateText(m: DateMention): string {
  if (m.value === null) return 'unresolved';
  const d = m.value.date;
  const when = typeof d === 'string' ? d : `${d.start} .. ${d.end}`;
  return `${when} (${m.value.precision}, ${m.value.status})`;
}

/**
 * With `draft`, the file is written straight into data/ as `draft: true` (`npm run draft --
 * --write`): what the tool did not find is left out (a comment says so) instead of left empty,
 * so the compiler checks the rest and lists what the draft still needs.
 */
export function renderYaml(d: Draft, fileName = 'the article', draft = false): string {
  const r = eventRecord(d);
  const out: string[] = [];
  const year = String(typeof r.date === 'object' ? r.date.start : r.date).slice(0, 4);
  out.push(
    `# Event draft from ${fileName}, made by \`npm run draft\`. Check every line against the article,`,
    '# write the title and summary in your own words (the tool copies no sentence), delete these',
    draft
      ? '# comments, and remove `draft: true` to publish it (npm run data lists what it still needs).'
      : `# comments, and save as data/events/${/^\d{4}$/.test(year) ? year : '<year>'}/<id>.yaml.`,
    '# Beside each guess: its confidence (high / medium / low) and evidence: «phrase» (rule).',
  );

  out.push(`id: ${scalar(r.id)} ${because(d.id)}`);
  if (draft)
    out.push(
      'draft: true # `npm run data` checks it and leaves it out of the app until this line goes',
    );

  const date = d.date;
  if (date?.value) {
    const v = date.value.date;
    if (typeof v === 'string') out.push(`date: ${scalar(v)} ${because(date)}`);
    else {
      out.push(`date: ${because(date)}`, `  start: ${scalar(v.start)}`, `  end: ${scalar(v.end)}`);
    }
    out.push(...more('', date));
  } else {
    out.push(
      `date: '' # low: no event date found${date ? `; ${ev(date.evidence[0] ?? { phrase: date.phrase, rule: date.rule })}` : ''}`,
    );
    out.push(...(date ? more('', date) : []));
  }
  out.push(`precision: ${r.precision} # from the same phrase`);
  out.push(
    r.status === ''
      ? `status: '' # TODO: happened or planned? ${date?.value ? 'without a publication date the article does not tell' : 'no event date found'}`
      : `status: ${r.status} # from the tense and the publication date`,
  );
  out.push(
    draft && r.type === ''
      ? '# type: not found (no cue word)'
      : `type: ${scalar(String(r.type))} ${because(d.type, 'no cue word')}`,
    ...more('', d.type),
  );
  if (draft) out.push('# title: { ar: …, en: … } and summary: { ar: …, en: … }, in your own words');
  else
    out.push(
      'title:',
      "  ar: '' # TODO: your own words",
      "  en: ''",
      'summary:',
      "  ar: '' # TODO: your own words",
      "  en: ''",
    );

  out.push(r.actors.length ? 'actors:' : 'actors: [] # none of data/actors.yaml found');
  for (const a of d.actors) {
    out.push(`  - ${a.id} # ${a.confidence}: ×${a.count} ${entityEvidence(a.evidence)}`);
  }
  out.push(r.forums.length ? 'forums:' : 'forums: [] # none of data/forums.yaml found');
  for (const f of d.forums) {
    out.push(`  - ${f.id} # ${f.confidence}: ×${f.count} ${entityEvidence(f.evidence)}`);
  }

  if (r.place) {
    out.push(
      'place:',
      `  ar: ${scalar(r.place.ar)} ${because(d.place)}`,
      `  en: ${scalar(r.place.en)}`,
      ...more('  ', d.place),
    );
  } else {
    out.push(`# place: not found (${d.place.warnings?.[0] ?? 'nothing in the gazetteer'})`);
  }

  const src = r.sources[0];
  if (draft && src !== undefined && (src.outlet.ar === '' || String(src.published) === ''))
    out.push('# sources: the outlet or the publication date was not found');
  else if (src) {
    out.push('sources:', '  - outlet:');
    out.push(
      `      ar: ${scalar(src.outlet.ar)} ${because(d.source, 'no outlet found')}`,
      `      en: ${scalar(src.outlet.en)}`,
    );
    out.push(...more('      ', d.source));
    if (src.url) out.push(`    url: ${scalar(src.url)}`);
    out.push(
      `    published: ${scalar(String(src.published))} ${because(d.published, 'no date: pass --published')}`,
    );
    out.push(...more('    ', d.published));
    out.push('    language: ar');
  }

  out.push('', '# ---- For the curator --------------------------------------------------------');
  if (d.unknownNames.length) {
    out.push(
      '# Names that look like people but are not in data/actors.yaml (add them, or ignore):',
    );
    for (const u of d.unknownNames) out.push(`#   - «${oneLine(u.phrase)}» ${u.reason}`);
  }
  if (d.source.cited.length) {
    out.push(
      `# Cited by the article (not its publisher): ${d.source.cited.map((c) => c.outlet.en).join(', ')}`,
    );
  }
  if (d.otherDates.length) {
    out.push(
      draft
        ? '# Other dates in the article: each is another event, written as a draft file of its own.'
        : '# Other dates in the article: each is another event, drafted as a record of its own below.',
    );
    for (const m of d.otherDates) {
      const who = [
        m.type ? `looks like a ${m.type}` : '',
        m.actors.length ? `names ${m.actors.join(', ')}` : '',
        m.places.length ? `in ${m.places.join(', ')}` : '',
      ]
        .filter((x) => x !== '')
        .join('; ');
      out.push(
        `#   - ${dateText(m)} ${m.confidence}: «${oneLine(m.phrase, 60)}» (${m.evidence[0]?.rule ?? m.rule})${who ? ` — its sentence: ${who}` : ''}`,
      );
      for (const w of m.warnings ?? []) out.push(`#     ⚠ ${w}`);
    }
  }
  if (d.anniversaries.length) {
    out.push('# Anniversaries (evidence of older events, never the date of this one):');
    for (const a of d.anniversaries) out.push(`#   - «${a.phrase}» ${a.evidence[0]?.rule ?? ''}`);
  }
  if (d.setAside.length) {
    out.push('# Set aside by an ambiguity rule:');
    for (const s of d.setAside) out.push(`#   - «${oneLine(s.phrase)}»: ${s.reason}`);
  }
  if (d.boilerplate.length) {
    out.push('# Ignored as boilerplate:');
    for (const b of d.boilerplate) {
      out.push(
        `#   - ${b.kind}: «${oneLine(b.text, 70)}»${b.possiblyAnotherEvent ? ' — possibly another event' : ''}`,
      );
    }
  }
  for (const s of d.otherStories) {
    const dates = s.dates.map(dateText).join('; ') || 'no date';
    out.push(
      `# The "read also" section names ${s.actors.join(', ') || 'no known actor'}; dates: ${dates}`,
    );
    for (const m of s.dates)
      for (const w of m.warnings ?? []) out.push(`#     ⚠ «${oneLine(m.phrase, 50)}»: ${w}`);
  }
  // A file in data/ holds one event: with --write the others get files of their own
  // (otherDraftYaml).
  if (!draft) for (const m of d.otherDates) out.push(...otherRecord(d, m));
  return out.join('\n') + '\n';
}

/**
 * Another event of the article as a draft file of its own in data/ (`--write`): only the fields the
 * article gave, so the compiler checks what is there and lists what is missing.
 */
export function otherDraftYaml(d: Draft, m: OtherDate, fileName: string): string {
  const r = otherEventRecord(d, m);
  const source = r.sources[0];
  const record: Record<string, unknown> = { id: r.id, draft: true, date: r.date };
  record.precision = r.precision;
  if (r.status !== '') record.status = r.status;
  if (r.type !== '') record.type = r.type;
  if (r.actors.length) record.actors = r.actors;
  if (r.forums.length) record.forums = r.forums;
  if (source && source.outlet.ar !== '' && String(source.published) !== '')
    record.sources = [source];
  return (
    [
      `# Event draft from ${fileName} (another event in it: «${oneLine(m.phrase, 60)}»), made by`,
      '# `npm run draft -- --write`. Check it against the article, write the title and summary in',
      '# your own words, and remove `draft: true` to publish it (npm run data lists what it needs).',
      stringify(record, { lineWidth: 0 }).trimEnd(),
    ].join('\n') + '\n'
  );
}

/**
 * Another event of the article as a YAML document of its own (after `---`), with the parties of
 * its own paragraphs: the curator saves it as a file of its own, or deletes it.
 */
function otherRecord(d: Draft, m: OtherDate): string[] {
  const r = otherEventRecord(d, m);
  const body = stringify(r, { lineWidth: 0 }).trimEnd();
  return [
    '---',
    `# Another event in the article: ${dateText(m)} ${m.confidence}: «${oneLine(m.phrase, 60)}» (${m.evidence[0]?.rule ?? m.rule})`,
    `# Parties from its own sentence and paragraphs${m.places.length ? `; its sentence names ${m.places.join(', ')} (write the place if it is where it happened)` : ''}. Save it as data/events/<year>/<id>.yaml, or delete it.`,
    ...(m.warnings ?? []).map((w) => `# ⚠ ${w}`),
    body,
  ];
}
