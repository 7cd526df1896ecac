/**
 * Guesses the kind of event (call, visit, meeting, …) from cue words, weighting the lead, and
 * maps it onto data/types.yaml: by id when one of the rule's ids exists there, else by CAMEO code.
 * A kind data/ does not have is still shown, marked so, for the curator to decide.
 */
import type { Normalised } from './arabicText.ts';
import { Claimed, findPattern, foldLetters, sentenceAround } from './arabicText.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Confidence, Evidence, Guess } from './guess.ts';

interface Kind {
  /** Type ids this kind may carry in data/types.yaml, preferred first. */
  ids: string[];
  cameo: string[];
  cues: { re: RegExp; weight: number; label: string }[];
}

const cue = (src: string, weight: number, label: string) => ({
  re: new RegExp(`(?<![\\p{L}])[وفبل]?(?:${foldLetters(src)})(?!\\p{L})`, 'u'),
  weight,
  label,
});

// Weights: a cue that names the kind outright (a video call) outweighs generic talk words.
const KINDS: Kind[] = [
  {
    ids: ['call', 'video-call', 'phone-call'],
    cameo: ['041'],
    cues: [
      cue(
        '(?:ال)?(?:محادث(?:ه|ات)|اتصال|مكالمه|اجتماع)\\s+(?:\\p{L}+\\s+){0,2}(?:عبر|ب)\\s*(?:تقنيه\\s+|تقنيه\\s+ال|دائره\\s+)?(?:ال)?فيديو',
        4,
        'talks by video link',
      ),
      cue('(?:ال)?(?:اتصال|اتصالا|مكالمه|محادثه)\\s+(?:ال)?هاتفي(?:ه|ا)?', 4, 'telephone call'),
      cue('(?:عبر|ب)\\s*(?:تقنيه\\s+)?(?:ال)?فيديو', 2, 'by video'),
      cue('هاتفيا', 3, 'by telephone'),
    ],
  },
  {
    ids: ['visit', 'state-visit', 'official-visit'],
    cameo: ['042', '043'],
    cues: [
      cue('زياره\\s+(?:رسميه|دوله|عمل)', 3, 'official or state visit'),
      cue('(?:ال)?زياره|يزور|تزور|زار', 1, 'visit'),
      cue('وصل\\s+الى|يصل\\s+الى', 1, 'arrival'),
    ],
  },
  {
    ids: ['meeting', 'talks', 'consultations'],
    cameo: ['040', '044', '046'],
    cues: [
      cue('(?:ال)?اجتماع|(?:ال)?لقاء|لقائه|التقى|يلتقي|استقبل', 2, 'meeting'),
      cue('(?:ال)?محادثات|(?:ال)?مباحثات|(?:ال)?مشاورات', 1, 'talks'),
    ],
  },
  {
    ids: ['summit'],
    cameo: ['043'],
    cues: [cue('(?:ال)?قمه', 2, 'summit')],
  },
  {
    ids: ['agreement', 'treaty', 'signing'],
    cameo: ['057'],
    cues: [
      cue(
        '(?:وقع|توقيع|وقعا|وقعت)\\s+(?:على\\s+)?(?:ال)?(?:اتفاق|اتفاقيه|معاهده|مذكره)',
        3,
        'signing',
      ),
    ],
  },
  {
    ids: ['announcement', 'invitation'],
    cameo: ['036'],
    cues: [
      cue(
        '(?:وجه|يوجه|وجهت)\\s+(?:\\p{L}+\\s+){0,2}(?:ال)?دعوه|(?:قبل|يقبل|قبلت)\\s+(?:\\p{L}+\\s+){0,2}(?:ال)?دعوه|دعاه\\s+الى|اعلن\\s+عزمه',
        2,
        'invitation',
      ),
    ],
  },
  {
    ids: ['statement', 'briefing', 'comment'],
    cameo: ['010', '012'],
    cues: [
      cue('(?:ال)?احاطه\\s+(?:ال)?صحفيه|(?:ال)?مؤتمر\\s+(?:ال)?صحفي', 2, 'press briefing'),
      cue('(?:ال)?متحدث(?:\\s+(?:ال)?رسمي)?', 1, 'spokesperson'),
      cue('(?:ال)?بيان|تصريح(?:ات)?', 1, 'statement'),
    ],
  },
];

// The lead (headline and first paragraph) names the main event; later cues are background.
const LEAD = 600;
// Characters between a cue and the date phrase for the cue to describe the dated event.
const NEAR = 30;

/**
 * focus: offset of the main event's date phrase; cues in its sentence describe that event and
 * weigh most ("خلال لقائه اليوم").
 */
export function findEventType(
  n: Normalised,
  gazetteer: Gazetteer,
  focus?: number,
): Guess<string | null> {
  const [fromFocus, toFocus] = focus === undefined ? [-1, -1] : sentenceAround(n.original, focus);
  // One phrase is one cue: "محادثات عبر الفيديو" is a call, not also talks. Longest wins.
  const matches = KINDS.flatMap((kind) =>
    kind.cues.flatMap((c) => findPattern(n, c.re).map((m) => ({ kind, c, m }))),
  ).sort((a, b) => b.m.length - a.m.length || a.m.index - b.m.index);
  const kept: typeof matches = [];
  const claimed = new Claimed(n.text.length);
  for (const x of matches) {
    if (claimed.overlaps(x.m.index, x.m.index + x.m.length)) continue;
    kept.push(x);
    claimed.claim(x.m.index, x.m.index + x.m.length);
  }
  kept.sort((a, b) => a.m.index - b.m.index);

  const near = (at: number) => focus !== undefined && Math.abs(at - focus) <= NEAR;
  const scored = KINDS.map((kind) => {
    // Each cue counts once, at its strongest place: a word repeated through the story is one cue.
    const best = new Map<string, { points: number; ev: Evidence }>();
    for (const { c, m } of kept.filter((k) => k.kind === kind)) {
      const where = near(m.span.start)
        ? { factor: 4, label: 'next to the date' }
        : m.span.start >= fromFocus && m.span.start < toFocus
          ? { factor: 2, label: 'sentence of the date' }
          : m.index < LEAD
            ? { factor: 2, label: 'lead' }
            : { factor: 1, label: 'body' };
      const points = c.weight * where.factor;
      if ((best.get(c.label)?.points ?? 0) < points) {
        best.set(c.label, {
          points,
          ev: {
            phrase: m.span.phrase.trim(),
            rule: `cue: ${c.label} (${where.label})`,
            at: m.span.start,
          },
        });
      }
    }
    const cues = [...best.values()].sort((a, b) => b.points - a.points);
    const score = cues.reduce((sum, x) => sum + x.points, 0);
    return { kind, score, evidence: cues.map((x) => x.ev) };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score === 0) {
    return {
      value: null,
      confidence: 'low',
      evidence: [],
      warnings: ['no cue word for the kind of event: choose a type from data/types.yaml'],
    };
  }
  const margin = best.score - (second?.score ?? 0);
  let confidence: Confidence = margin >= best.score / 2 ? 'high' : margin > 0 ? 'medium' : 'low';
  const warnings: string[] = [];
  if (second && second.score > 0 && margin <= best.score / 2) {
    warnings.push(
      `also looks like ${second.kind.ids[0]} (score ${second.score} against ${best.score})`,
    );
  }
  const known = new Set(gazetteer.types.map((t) => t.id));
  let id = best.kind.ids.find((x) => known.has(x));
  if (id === undefined) {
    id = gazetteer.types.find((t) => t.cameo !== null && best.kind.cameo.includes(t.cameo))?.id;
  }
  if (id === undefined) {
    id = best.kind.ids[0] as string;
    confidence = 'low';
    warnings.push(`"${id}" is not in data/types.yaml: pick the nearest type there`);
  }
  return { value: id, confidence, evidence: best.evidence, warnings };
}
