// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { oembedJson } from './oembed.ts';
import { pageLabels } from './pageLabels.ts';
import { dayPage, eventPage, shortText, type PageContext } from './staticPage.ts';
import { HOSTILE, pageDataset } from './testEvents.ts';

// The specs are typed for Node (no DOM types); this is the part of the jsdom DOM they read.
interface Node {
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface Doc {
  title: string;
  documentElement: Node;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): ArrayLike<Node> & Iterable<Node>;
  getElementById(id: string): Node | null;
}
const { DOMParser } = globalThis as unknown as {
  DOMParser: new () => { parseFromString(text: string, type: 'text/html'): Doc };
};

const { dataset, events } = pageDataset();
const context: PageContext = {
  dataset,
  labels: { ar: pageLabels('ar'), en: pageLabels('en') },
  site: 'https://masar.example',
  contentSecurityPolicy: "default-src 'self'; script-src 'self'",
  hasImage: (t) => t.kind === 'event',
};
const hostile = events.find((e) => e.id === 'hostile-call');
if (!hostile) throw new Error('no hostile test event');
const parse = (text: string) => new DOMParser().parseFromString(text, 'text/html');
const meta = (doc: Doc, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('event page', () => {
  const doc = parse(eventPage(hostile, 'en', context));

  it('shows hostile text as text: no element, attribute or script comes from the data', () => {
    expect(doc.title).toBe(`${HOSTILE} English · Masar`);
    expect(doc.querySelector('h1')?.textContent).toBe(`${HOSTILE} English`);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type') ?? 'classic')).toEqual([
      'application/ld+json',
      'module',
    ]);
    expect(scripts[1]?.getAttribute('src')).toBe('/open-in-app.js');
  });

  it('carries the preview tags, canonical address and both languages', () => {
    expect(meta(doc, 'og:title')).toBe(`${HOSTILE} English · Masar`);
    expect(meta(doc, 'og:url')).toBe('https://masar.example/en/e/hostile-call/');
    expect(meta(doc, 'og:image')).toBe('https://masar.example/en/e/hostile-call/preview.png');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      'https://masar.example/en/e/hostile-call/',
    );
    const alternates = [...doc.querySelectorAll('link[rel=alternate]')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
    expect(alternates.filter(([lang]) => lang !== null)).toEqual([
      ['ar', 'https://masar.example/e/hostile-call/'],
      ['en', 'https://masar.example/en/e/hostile-call/'],
      ['x-default', 'https://masar.example/e/hostile-call/'],
    ]);
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
  });

  it('offers its own oEmbed file, whose iframe opens the embed on the event', () => {
    expect(doc.querySelector('link[type="application/json+oembed"]')?.getAttribute('href')).toBe(
      'https://masar.example/en/e/hostile-call/oembed.json',
    );
    const oembed = oembedJson({
      site: 'https://masar.example',
      target: { kind: 'event', id: 'hostile-call' },
      lang: 'en',
      title: 't',
      frameTitle: 'Masar',
      providerName: 'Masar',
      thumbnail: 'https://masar.example/preview.png',
    });
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', height: 720 });
    expect(oembed.html).toContain(
      'src="https://masar.example/embed/?event=hostile-call&amp;lang=en"',
    );
  });

  it('has JSON-LD that parses back to the event, hostile text intact', () => {
    const json = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    const data = JSON.parse(json) as { name: string; location: { name: string } };
    expect(data.name).toBe(`${HOSTILE} English`);
    expect(data.location.name).toBe(HOSTILE);
  });

  it('links only web sources, and opens the app on the event', () => {
    const links = [...doc.querySelectorAll('.sources a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([`https://example.org/a?q="><script>alert(3)</script>`]);
    expect(doc.getElementById('open-in-app')?.getAttribute('href')).toBe(
      '/?event=hostile-call&lang=en',
    );
  });
});

describe('day page', () => {
  it('lists the day’s events with links to their pages, right to left in Arabic', () => {
    const doc = parse(dayPage('2026-02-04', [hostile], 'ar', context));
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('h1')?.textContent).toBe('أحداث 4 فبراير 2026');
    expect(doc.querySelector('h2 a')?.getAttribute('href')).toBe('/e/hostile-call/');
    expect(doc.getElementById('open-in-app')?.getAttribute('href')).toBe('/?date=2026-02-04');
    // No image of its own here: the site's card.
    expect(meta(doc, 'og:image')).toBe('https://masar.example/preview.png');
  });
});

describe('shortText', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(shortText('one two three four', 10)).toBe('one two…');
    expect(shortText('short', 10)).toBe('short');
  });
});
