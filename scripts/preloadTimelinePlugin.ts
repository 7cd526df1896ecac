import type { Plugin } from 'vite';

/**
 * Asks for the timeline engine's chunk with the HTML (`modulepreload`), so that it downloads and
 * compiles while the entry script and the events are still on their way; the app imports it once
 * the page has painted (src/app/useTimelineEngine.ts), and by then it is at hand. Without it the
 * request started only after the first render, and the first event waited for a round trip and
 * 115 kB more after everything else had arrived.
 */
export function preloadTimeline(): Plugin {
  const ENGINE = /\/src\/timeline\/Timeline\.tsx$/;
  return {
    name: 'masar-preload-timeline',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.values(context.bundle ?? {})
          .filter((file) => file.type === 'chunk' && ENGINE.test(file.facadeModuleId ?? ''))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file.fileName}` },
            injectTo: 'head' as const,
          })),
    },
  };
}
