/**
 * Writes the opening view into index.html's <main> at build (src/prerender/prerenderApp.tsx),
 * rendered by React from the compiled events the build serves beside it, so the HTML the server
 * sends already holds the events: a reader sees them in the first frame, and a crawler, a link
 * preview or a browser without scripts sees them at all. The React modules are loaded through a
 * Vite server of their own in SSR mode (TypeScript, JSON and `import.meta.env` as the app has
 * them), closed as soon as the page is rendered. Build only: the dev server renders in the browser.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';

/** What src/prerender/prerenderApp.tsx exports to the build. */
interface PrerenderModule {
  prerenderMain(eventsJson: string): string;
}

/** <main id="root"> with its loading text, as index.html writes it. */
const MAIN = /(<main id="root"[^>]*>)([\s\S]*?)(<noscript>)/;
/** The prerendered part of a built index.html, between markers, so it can be rendered again. */
const PRERENDERED = /<!--masar-prerender-->[\s\S]*?<!--\/masar-prerender-->/;
const marked = (main: string) => `<!--masar-prerender-->${main}<!--/masar-prerender-->`;

/** Renders the opening view of these events with the app's modules under `root`. */
async function renderMain(root: string, eventsJson: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(
      resolve(root, 'src/prerender/prerenderApp.tsx'),
    )) as PrerenderModule;
    return module.prerenderMain(eventsJson);
  } finally {
    await server.close();
  }
}

/**
 * The same built page with the opening view of other events: the benchmark serves one build with
 * each corpus's events, and its page must hold that corpus's view, as a build of it would.
 */
export async function prerenderAgain(
  root: string,
  builtHtml: string,
  eventsJson: string,
): Promise<string> {
  if (!PRERENDERED.test(builtHtml)) throw new Error('index.html: no prerendered view to replace');
  const main = await renderMain(root, eventsJson);
  return builtHtml.replace(PRERENDERED, () => marked(main));
}

export function prerender(): Plugin {
  let root = process.cwd();
  let publicDir = 'public';
  return {
    name: 'masar-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (context.path !== '/index.html') return html;
        if (!MAIN.test(html)) throw new Error('index.html: no <main id="root"> to prerender into');
        const main = await renderMain(
          root,
          readFileSync(join(publicDir, 'data/events.json'), 'utf8'),
        );
        // index.html's loading text stays, for a link to another view (see shell-language.js).
        return html.replace(
          MAIN,
          (_whole, open: string, loading: string, rest: string) =>
            `${open}<div data-prerender-loading>${loading}</div>${marked(main)}${rest}`,
        );
      },
    },
  };
}
