/**
 * The app as the build prerenders it into index.html (scripts/prerenderPlugin.ts): the opening
 * view, in Arabic and in English, rendered by React's own server renderer from the compiled
 * events, so the page's first frame already holds the events, their dates and links to them,
 * before any script has run and without one. In the browser, src/app/startApp.tsx keeps the
 * language the link asks for and hydrates it.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import i18next from '../i18n/i18n.ts';
import { App } from '../app/App.tsx';
import type { Lang } from '../domain/languages.ts';
import type { Dataset } from '../domain/schema.ts';
import { checkEnvelope } from '../data/loadDataset.ts';
import { safeHtml, raw, toHtmlString, type Markup } from '../pages/html.ts';
import { PRERENDERED_QUERY } from './prerenderedView.ts';

/** The element tree both the build and the browser render: they must agree to the attribute. */
export function PrerenderedApp({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  return (
    <StrictMode>
      <App
        embed={false}
        loaded={{ status: 'ready', dataset }}
        prerenderedQuery={PRERENDERED_QUERY[lang]}
      />
    </StrictMode>
  );
}

/** The opening view in one language, as HTML. */
export function renderApp(dataset: Dataset, lang: Lang): string {
  // The texts are bundled, so the language changes at once; the server renders one at a time.
  void i18next.changeLanguage(lang);
  return renderToString(<PrerenderedApp dataset={dataset} lang={lang} />);
}

/**
 * What goes inside <main>: the view in Arabic, the page's own language, and in English inside a
 * <template> (inert: the two share element ids), which public/prerendered-language.js swaps in
 * before an English link's first paint. Each is marked with the data's version: a page cached
 * from an older build must not be hydrated with newer events.
 */
export function prerenderedMain(dataset: Dataset): Markup {
  const view = (lang: Lang) =>
    safeHtml`<div data-lang-only="${lang}" data-prerendered="${lang}" data-hash="${dataset.hash}">${raw(renderApp(dataset, lang))}</div>`;
  return safeHtml`${view('ar')}<template data-prerendered="en">${view('en')}</template><script src="/prerendered-language.js"></script>`;
}

/** The build's call (scripts/prerenderPlugin.ts): the compiled events JSON in, <main>'s HTML out. */
export function prerenderMain(eventsJson: string): string {
  return toHtmlString(prerenderedMain(checkEnvelope(JSON.parse(eventsJson))));
}
