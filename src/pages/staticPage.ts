/**
 * The static page of one event or one day, in one language: what a link preview (Open Graph,
 * Twitter cards), a search engine (JSON-LD) and a reader without JavaScript see. With JavaScript
 * the page's one script (public/open-in-app.js) opens the app on the same view. Every value from
 * the data goes through `safeHtml`, which escapes it.
 */
import { formatEventDate, formatPartialDate } from '../domain/formatDate.ts';
import { LANGUAGES, LANGS, type Lang } from '../domain/languages.ts';
import { appPath, pagePath, previewPath, type PageTarget } from '../domain/pageLinks.ts';
import type { Dataset } from '../domain/schema.ts';
import { safeHtml, jsonForScript, raw, toHtmlString, type Markup } from './html.ts';
import { eventJsonLd } from './jsonLd.ts';
import { oembedPath } from './oembed.ts';
import type { PageEvent } from './pageEvent.ts';

/** The texts of src/i18n/locales/<lang>.json the pages use ("pages" and the app's name). */
export interface PageLabels {
  appName: string;
  pages: Record<
    | 'openInApp'
    | 'otherLanguage'
    | 'date'
    | 'planned'
    | 'participants'
    | 'forums'
    | 'place'
    | 'sources'
    | 'published'
    | 'dayTitle'
    | 'dayDescription'
    | 'imageAlt',
    string
  >;
}

export interface PageContext {
  dataset: Pick<Dataset, 'actors' | 'forums' | 'affiliations'>;
  labels: Record<Lang, PageLabels>;
  /** The site's origin for absolute links (https://example.org), or '' for site-relative ones. */
  site: string;
  contentSecurityPolicy: string;
  /** Whether this page has its own preview image (large corpora render only some). */
  hasImage: (target: PageTarget) => boolean;
}

const OG_LOCALE: Record<Lang, string> = { ar: 'ar_AR', en: 'en_GB' };
const DESCRIPTION_LENGTH = 200;

/** A description for previews: the summary cut at a word boundary near 200 characters. */
export function shortText(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');

/** Only web addresses become links: a compiler bug must not turn `javascript:` into one. */
const isWebUrl = (url: string | undefined): url is string =>
  url !== undefined && /^https?:\/\//i.test(url);

interface Head {
  target: PageTarget;
  lang: Lang;
  title: string;
  description: string;
  imageAlt: string;
  jsonLd: unknown;
}

function head(h: Head, context: PageContext): Markup {
  const { site } = context;
  const url = site + pagePath(h.target, h.lang);
  const image = context.hasImage(h.target)
    ? site + previewPath(h.target, h.lang)
    : `${site}/preview.png`;
  // oEmbed discovery, only where the response file exists (see oembed.ts).
  const oembed =
    site === ''
      ? ''
      : safeHtml`<link rel="alternate" type="application/json+oembed" href="${site + oembedPath(h.target, h.lang)}" title="${h.title}" />`;
  const alternates = LANGS.map(
    (lang) =>
      safeHtml`<link rel="alternate" hreflang="${lang}" href="${site + pagePath(h.target, lang)}" /> `,
  );
  return safeHtml`<meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${context.contentSecurityPolicy}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${h.title}</title>
    <meta name="description" content="${h.description}" />
    <link rel="canonical" href="${url}" />
    ${oembed}
    ${alternates}<link
      rel="alternate"
      hreflang="x-default"
      href="${site + pagePath(h.target, 'ar')}"
    />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/static-page.css" />
    <meta property="og:site_name" content="${context.labels[h.lang].appName}" />
    <meta property="og:type" content="article" />
    <meta property="og:locale" content="${OG_LOCALE[h.lang]}" />
    <meta property="og:locale:alternate" content="${OG_LOCALE[LANGUAGES[h.lang].other]}" />
    <meta property="og:title" content="${h.title}" />
    <meta property="og:description" content="${h.description}" />
    <meta property="og:url" content="${url}" />
    <meta property="og:image" content="${image}" />
    <meta property="og:image:type" content="image/png" />
    <meta property="og:image:width" content="1200" />
    <meta property="og:image:height" content="630" />
    <meta property="og:image:alt" content="${h.imageAlt}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="${h.title}" />
    <meta name="twitter:description" content="${h.description}" />
    <meta name="twitter:image" content="${image}" />
    <meta name="twitter:image:alt" content="${h.imageAlt}" />
    <script type="application/ld+json">
      ${jsonForScript(h.jsonLd)}
    </script>
    <script type="module" src="/open-in-app.js"></script> `;
}

function document(h: Head, body: Markup, context: PageContext): string {
  const labels = context.labels[h.lang];
  const other = LANGUAGES[h.lang].other;
  return toHtmlString(
    safeHtml`${raw('<!doctype html>')}
      <html lang="${h.lang}" dir="${LANGUAGES[h.lang].dir}">
        <head>
          ${head(h, context)}
        </head>
        <body>
          <header><a href="${h.lang === 'ar' ? '/' : '/?lang=en'}">${labels.appName}</a></header>
          <main>
            ${body}
            <p>
              <a id="open-in-app" href="${appPath(h.target, h.lang)}">${labels.pages.openInApp}</a>
            </p>
            <p>
              <a href="${pagePath(h.target, other)}" hreflang="${other}" lang="${other}"
                >${labels.pages.otherLanguage}</a
              >
            </p>
          </main>
        </body>
      </html> `,
  );
}

function names(
  ids: readonly string[],
  list: readonly { id: string; name: Record<Lang, string> }[],
  lang: Lang,
) {
  return ids.flatMap((id) => {
    const found = list.find((item) => item.id === id);
    return found ? [found.name[lang]] : [];
  });
}

function eventArticle(event: PageEvent, lang: Lang, context: PageContext, level: 1 | 2): Markup {
  const labels = context.labels[lang].pages;
  const date = formatEventDate(event, lang);
  const actors = names(event.actors, context.dataset.actors, lang);
  const forums = names(event.forums, context.dataset.forums, lang);
  const heading =
    level === 1
      ? safeHtml`<h1>${event.title[lang]}</h1>`
      : safeHtml`<h2>
          <a href="${pagePath({ kind: 'event', id: event.id }, lang)}">${event.title[lang]}</a>
        </h2>`;
  const time = safeHtml`<time datetime="${date.datetime}">${date.text}</time>`;
  return safeHtml`<article>
${heading}
<p class="date">${time}${date.planned ? safeHtml` (${labels.planned})` : ''}</p>
<p>${event.summary[lang]}</p>
<dl>
${
  actors.length
    ? safeHtml`<dt>${labels.participants}</dt>
        <dd>${actors.join(lang === 'ar' ? '، ' : ', ')}</dd>`
    : ''
}
${
  forums.length
    ? safeHtml`<dt>${labels.forums}</dt>
        <dd>${forums.join(lang === 'ar' ? '، ' : ', ')}</dd>`
    : ''
}
${
  event.place
    ? safeHtml`<dt>${labels.place}</dt>
        <dd>${event.place[lang]}</dd>`
    : ''
}
</dl>
<section class="sources">
<h${level + 1}>${labels.sources}</h${level + 1}>
<ul>
${event.sources.map((source) => {
  const outlet = source.outlet[lang];
  const name = isWebUrl(source.url)
    ? safeHtml`<a href="${source.url}" rel="noopener noreferrer">${outlet}</a>`
    : safeHtml`${outlet}`;
  return safeHtml`<li>
    ${name}${lang === 'ar' ? '،' : ','} ${labels.published}
    <time datetime="${source.published}">${formatPartialDate(source.published, lang)}</time
    >${isWebUrl(source.url) ? safeHtml`<br /><bdi class="url" dir="ltr">${source.url}</bdi>` : ''}
  </li> `;
})}</ul>
</section>
</article>`;
}

export function eventPage(event: PageEvent, lang: Lang, context: PageContext): string {
  const target: PageTarget = { kind: 'event', id: event.id };
  const labels = context.labels[lang];
  const date = formatEventDate(event, lang).text;
  const title = `${event.title[lang]} · ${labels.appName}`;
  const image = context.hasImage(target) ? context.site + previewPath(target, lang) : undefined;
  return document(
    {
      target,
      lang,
      title,
      description: shortText(`${date}: ${event.summary[lang]}`),
      imageAlt: fill(labels.pages.imageAlt, { title: event.title[lang], date }),
      jsonLd: eventJsonLd(event, lang, {
        dataset: context.dataset,
        url: context.site + pagePath(target, lang),
        ...(image ? { image } : {}),
      }),
    },
    eventArticle(event, lang, context, 1),
    context,
  );
}

export function dayPage(
  day: string,
  events: readonly PageEvent[],
  lang: Lang,
  context: PageContext,
): string {
  const target: PageTarget = { kind: 'day', day };
  const labels = context.labels[lang];
  const date = formatPartialDate(day, lang);
  const heading = fill(labels.pages.dayTitle, { date });
  const url = context.site + pagePath(target, lang);
  return document(
    {
      target,
      lang,
      title: `${heading} · ${labels.appName}`,
      description: shortText(
        `${fill(labels.pages.dayDescription, { date })} ${events.map((e) => e.title[lang]).join(' · ')}`,
      ),
      imageAlt: fill(labels.pages.imageAlt, { title: heading, date }),
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        name: heading,
        url,
        itemListElement: events.map((event, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          item: eventJsonLd(event, lang, {
            dataset: context.dataset,
            url: context.site + pagePath({ kind: 'event', id: event.id }, lang),
          }),
        })),
      },
    },
    safeHtml`<h1>${heading}</h1>
      ${events.map((event) => eventArticle(event, lang, context, 2))}`,
    context,
  );
}
