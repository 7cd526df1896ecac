// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW } from '../domain/viewState.ts';
import type { ViewState } from '../domain/viewState.ts';
import { linkTo, onPopState, pushView, readSearch, replaceView, shareLinkTo } from './history.ts';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const here = () => window.location.pathname + window.location.search + window.location.hash;

beforeEach(() => {
  window.history.replaceState(null, '', '/masar/?utm_source=x#about');
});

describe('history', () => {
  it('reads the query of the address', () => {
    expect(readSearch()).toBe('?utm_source=x');
  });

  it('pushes a new entry on selection, keeping the path and hash', () => {
    const before = window.history.length;
    expect(pushView(view({ event: 'e1', lang: 'en' }))).toBe(true);
    expect(here()).toBe('/masar/?event=e1&lang=en#about');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces the current entry on pan and zoom', () => {
    const before = window.history.length;
    expect(replaceView(view({ range: { start: '2024', end: '2026' } }))).toBe(true);
    expect(here()).toBe('/masar/?range=2024..2026#about');
    expect(window.history.length).toBe(before);
  });

  it('writes nothing when the link would not change', () => {
    pushView(view({ q: 'بوتين' }));
    const before = window.history.length;
    expect(pushView(view({ q: 'بوتين' }))).toBe(false);
    expect(replaceView(view({ q: ' بوتين ' }))).toBe(false);
    expect(window.history.length).toBe(before);
  });

  it('drops the query entirely for the default view', () => {
    replaceView(DEFAULT_VIEW);
    expect(here()).toBe('/masar/#about');
  });

  it('keeps the page working when the browser refuses a history write', () => {
    const spy = vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new DOMException('too many calls', 'SecurityError');
    });
    expect(pushView(view({ lang: 'en' }))).toBe(false);
    spy.mockRestore();
  });
});

describe('the link to share', () => {
  it('is absolute, keeps the path, and carries the view rather than the address bar', () => {
    expect(linkTo(view({ event: 'e1', lang: 'en' }))).toBe(
      `${window.location.origin}/masar/?event=e1&lang=en`,
    );
    expect(linkTo(DEFAULT_VIEW)).toBe(`${window.location.origin}/masar/`);
  });

  it('carries the sharer’s digits and calendar order when they differ from the default', () => {
    const shown = { digits: 'arab', calendar: 'hijri' } as const;
    expect(linkTo(DEFAULT_VIEW, shown)).toBe(
      `${window.location.origin}/masar/?digits=arab&cal=hijri`,
    );
    expect(linkTo(view({ event: 'e1' }), { digits: 'latn', calendar: 'hijri' })).toBe(
      `${window.location.origin}/masar/?event=e1&cal=hijri`,
    );
    // English shows Latin digits whatever the reader chose in Arabic: nothing to carry.
    expect(linkTo(view({ lang: 'en' }), shown)).toBe(
      `${window.location.origin}/masar/?lang=en&cal=hijri`,
    );
  });
});

describe('Back and Forward', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('report the query of the entry returned to, until unsubscribed', async () => {
    const seen: string[] = [];
    stop = onPopState((search) => seen.push(search));
    pushView(view({ event: 'e1' }));
    window.history.back();
    await vi.waitFor(() => expect(seen).toEqual(['?utm_source=x']));
    stop();
    window.history.forward();
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['?utm_source=x']);
  });

  it('stay quiet when only the #fragment changed, as after a skip link', async () => {
    const seen: string[] = [];
    stop = onPopState((search) => seen.push(search));
    window.history.pushState(null, '', '#main');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual([]);
    pushView(view({ lang: 'en' }));
    window.history.back();
    await vi.waitFor(() => expect(seen).toEqual(['?utm_source=x']));
  });
});

describe('shareLinkTo', () => {
  const days = new Set(['2026-02-04']);
  const share = (patch: Partial<ViewState>, display?: Parameters<typeof shareLinkTo>[1]) =>
    shareLinkTo(view(patch), display, { event: (id) => id === 'e1', day: (day) => days.has(day) });

  it('hands out the static page of a plain event or day, in the view’s language', () => {
    expect(share({ event: 'e1' })).toBe(`${window.location.origin}/e/e1/`);
    expect(share({ event: 'e1', lang: 'en' })).toBe(`${window.location.origin}/en/e/e1/`);
    expect(share({ date: '2026-02-04' })).toBe(`${window.location.origin}/d/2026-02-04/`);
  });

  it('keeps the view’s own link when it holds more, or the day has no page', () => {
    expect(share({ event: 'e1', forums: ['brics'] })).toContain('?event=e1&forums=brics');
    expect(share({ date: '2026-02-05' })).toContain('?date=2026-02-05');
    // An event past the build's page limit has no page.
    expect(share({ event: 'e2' })).toContain('?event=e2');
    expect(share({ event: 'e1' }, { digits: 'arab', calendar: 'gregory' })).toContain(
      'event=e1&digits=arab',
    );
  });
});
