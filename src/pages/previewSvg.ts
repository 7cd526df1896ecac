/**
 * The 1200×630 preview card of an event or a day, as SVG for resvg (src/pages/previewRender.ts).
 * resvg draws text on one line and does not wrap, so lines are broken here by a character
 * budget chosen for IBM Plex Sans Arabic at these sizes. Arabic runs right to left from the
 * right margin: resvg's `direction="rtl"` misplaces the anchor, so the line instead starts with
 * a right-to-left mark (the paragraph direction the bidi algorithm then uses) and is anchored at
 * its end. Text goes through escapeHtml (XML needs the same five escapes).
 */
import { LANGUAGES, type Lang } from '../domain/languages.ts';
import { escapeHtml } from './html.ts';

export interface PreviewCard {
  lang: Lang;
  title: string;
  /** The date line, as the page shows it. */
  date: string;
  /** Smaller lines under the date (a day card lists its events). */
  lines: readonly string[];
  /** The forums' colours (#rrggbb), drawn as the card's top band; none gives the site's accent. */
  colours: readonly string[];
  /** "مسار · Masar". */
  brand: string;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
const MARGIN = 80;
const ACCENT = '#1f6feb';
const FONT = 'IBM Plex Sans Arabic';
/** Characters per title line at 60 px (Arabic letters are narrower than Latin capitals). */
const TITLE_BUDGET: Record<Lang, number> = { ar: 36, en: 32 };
const LINE_BUDGET: Record<Lang, number> = { ar: 60, en: 54 };
const MAX_TITLE_LINES = 3;

/** Breaks text into lines of at most `budget` characters at spaces, the last one cut with "…". */
export function wrapLines(text: string, budget: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= budget) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > budget ? `${word.slice(0, budget - 1)}…` : word;
    if (lines.length === maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  if (
    lines.length === maxLines &&
    lines.join(' ').length < text.replace(/\s+/g, ' ').trim().length
  ) {
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = `${last.slice(0, budget - 1).replace(/\s+\S*$/, '')}…`;
  }
  return lines;
}

export function previewSvg(card: PreviewCard): string {
  const rtl = LANGUAGES[card.lang].dir === 'rtl';
  const x = rtl ? PREVIEW_WIDTH - MARGIN : MARGIN;
  const anchor = rtl ? 'end' : 'start';
  const mark = rtl ? '\u200f' : '\u200e';
  const text = (y: number, size: number, weight: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" text-anchor="${anchor}" fill="${fill}">${escapeHtml(mark + content)}</text>`;
  const colours = card.colours.length ? card.colours : [ACCENT];
  const band = PREVIEW_WIDTH / colours.length;
  const bands = colours.map(
    (colour, i) =>
      `<rect x="${(i * band).toFixed(1)}" y="0" width="${band.toFixed(1)}" height="24" fill="${/^#[0-9a-f]{6}$/i.test(colour) ? colour : ACCENT}"/>`,
  );
  const title = wrapLines(card.title, TITLE_BUDGET[card.lang], MAX_TITLE_LINES);
  let y = 150;
  const body = title.map((line) => {
    const out = text(y, 60, 600, '#16181d', line);
    y += 80;
    return out;
  });
  if (card.date) {
    body.push(text(y + 10, 38, 400, '#3d4350', card.date));
    y += 80;
  }
  for (const line of card.lines.slice(0, 3)) {
    body.push(text(y, 30, 400, '#3d4350', wrapLines(line, LINE_BUDGET[card.lang], 1)[0] ?? ''));
    y += 44;
  }
  const brandX = rtl ? MARGIN : PREVIEW_WIDTH - MARGIN;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">
<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#fbfaf7"/>
${bands.join('\n')}
${body.join('\n')}
<rect x="${MARGIN}" y="540" width="${PREVIEW_WIDTH - 2 * MARGIN}" height="2" fill="#d9d6cf"/>
<text x="${brandX}" y="596" font-family="${FONT}" font-size="36" font-weight="600" text-anchor="${rtl ? 'start' : 'end'}" fill="#16181d">${escapeHtml(card.brand)}</text>
</svg>`;
}
