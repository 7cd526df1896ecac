/**
 * TimelineJS text is HTML; Masar's is plain text. The HTML is parsed by a real parser (jsdom's,
 * the HTML standard's algorithm, scripts never run), so entities are decoded the way a browser
 * decodes them, comments vanish, and the content of script, style and other non-text elements
 * is dropped rather than shown as words. Block elements and <br> become spaces between words.
 */
import { JSDOM } from 'jsdom';
import type { ParsedNode } from 'jsdom';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);
const BLOCK = new Set([
  'BR',
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'HR',
  'PRE',
  'DD',
  'DT',
  'FIGCAPTION',
]);

let dom: JSDOM | undefined;

/** The words a reader of the HTML would see, on one line, whitespace collapsed. */
export function htmlToText(html: string): string {
  dom ??= new JSDOM('');
  const template = dom.window.document.createElement('template');
  // A template's content is inert: nothing in it loads or runs, even with a real browser.
  template.innerHTML = html;
  const parts: string[] = [];
  const walk = (node: ParsedNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const name = (child.tagName ?? '').toUpperCase();
        if (SKIP.has(name)) continue;
        const block = BLOCK.has(name);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(template.content);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
