/**
 * Starts React on the page. A prerendered page (the build wrote the opening view into <main>, in
 * both languages, see src/prerender) keeps the view of the link's language, waits for the events,
 * and hydrates it: the elements first painted stay, and become live. A link to any other view or
 * a reader's own digits (the page showed its loading text instead, see public/shell-language.js)
 * render afresh at once, with the app's own loading state, as does a page without a prerender
 * (the embed, the dev server); a page cached from older data renders afresh once the data is in.
 */
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import type { PageShell } from './pageShell.ts';
import type { Lang } from '../domain/languages.ts';
import { loadDisplay } from './displayStore.ts';
import { SLOW_AFTER_MS, type DatasetState } from '../data/useDataset.ts';
import { DatasetError, loadDataset } from '../data/loadDataset.ts';
import i18next, { applyLanguage } from '../i18n/i18n.ts';
import { readSearch } from '../url/history.ts';
import { parseViewState } from '../url/viewStateQuery.ts';
import { prerenderedDisplay, prerenderedViewOf } from '../prerender/prerenderedView.ts';

type Loaded = Exclude<DatasetState, { status: 'loading' }>;

function load(): Promise<Loaded> {
  return loadDataset().then(
    (dataset) => ({ status: 'ready', dataset }),
    (error: unknown) => ({
      status: 'error',
      failure: error instanceof DatasetError ? error.failure : { kind: 'corrupt' },
    }),
  );
}

/**
 * The prerendered view in the link's language, the other one gone. English is swapped in from its
 * <template> by public/prerendered-language.js before the first paint; here again in case that
 * script did not run. Undefined on a page without a prerender.
 */
export function prerenderedBox(main: HTMLElement, lang: Lang): HTMLElement | undefined {
  const template = main.querySelector<HTMLTemplateElement>(':scope > template[data-prerendered]');
  const arabic = main.querySelector<HTMLElement>(':scope > div[data-prerendered="ar"]');
  if (lang === 'en' && template && arabic) arabic.replaceWith(template.content.cloneNode(true));
  template?.remove();
  return main.querySelector<HTMLElement>(':scope > div[data-prerendered]') ?? undefined;
}

/**
 * The prerendered events are on screen but not yet live: after a few seconds of waiting for the
 * data, a polite note says so (fixed at the bottom of the window: nothing on the page moves).
 */
function showSlow(shell: PageShell): void {
  const note = document.createElement('p');
  note.setAttribute('role', 'status');
  note.dataset.slowNote = '';
  note.className =
    'fixed inset-x-4 bottom-4 z-50 mx-auto max-w-md rounded-md border border-line bg-surface px-4 py-2 text-center shadow-lg';
  note.textContent = i18next.t('error.slow');
  shell.main.append(note);
}

function hideSlow(shell: PageShell): void {
  shell.main.querySelector(':scope > [data-slow-note]')?.remove();
}

export function startApp(shell: PageShell): void {
  const search = readSearch();
  const lang = parseViewState(search, undefined).state.lang;
  const box = prerenderedBox(shell.main, lang);
  const app = (loaded?: Loaded) => (
    <StrictMode>
      <App shell={shell} embed={shell.embed} loaded={loaded} />
    </StrictMode>
  );
  const fresh = (container: HTMLElement, loaded?: Loaded) => {
    const root = createRoot(container);
    const render = () => root.render(app(loaded));
    // With the events, the first render is the whole explorer: in slices (see hydration below).
    if (loaded) startTransition(render);
    else render();
  };
  if (!box) {
    fresh(shell.main);
    return;
  }
  // Before the first render: hydration must render the texts in the language the HTML holds.
  applyLanguage(lang);
  const loading = shell.main.querySelector<HTMLElement>(':scope > [data-prerender-loading]');
  const takeOver = (container: HTMLElement) => {
    for (const attribute of ['data-lang-only', 'data-prerendered', 'data-prerender-loading'])
      container.removeAttribute(attribute);
    // Laid out as its content, like the prerendered view was (see styles.css).
    container.setAttribute('data-app-root', '');
    return container;
  };

  // A link to another view, or a reader's own digits: the page shows index.html's loading text in
  // place of the prerendered view (public/shell-language.js); the app renders there, at once, with
  // its own loading state. The prerendered view is never shown.
  const opening =
    prerenderedViewOf(search) === lang &&
    prerenderedDisplay(loadDisplay()) &&
    !document.documentElement.hasAttribute('data-other-view');
  if (!opening) {
    box.remove();
    fresh(takeOver(loading ?? shell.main.appendChild(document.createElement('div'))));
    return;
  }
  loading?.remove();
  takeOver(box);

  const hash = box.dataset.hash;
  const slow = window.setTimeout(() => showSlow(shell), SLOW_AFTER_MS);
  void load().then((loaded) => {
    window.clearTimeout(slow);
    hideSlow(shell);
    if (loaded.status === 'ready' && loaded.dataset.hash === hash) {
      // In a transition: React hydrates a root in one task otherwise (its hydration lane counts
      // as blocking), which on a phone held the main thread for over a second (Lighthouse's total
      // blocking time); as a transition it works in slices and yields to the reader's input.
      startTransition(() => {
        hydrateRoot(box, app(loaded));
      });
    } else {
      // Newer data than the page was built with (a cached page), or none: render afresh.
      fresh(box, loaded);
    }
  });
}
