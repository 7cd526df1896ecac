import type { Plugin } from 'vite';

/**
 * Preloads the faces the first paint uses, so the browser fetches them with the style sheet
 * instead of discovering them only after the first layout; text painted in a fallback font and
 * then swapped moves the page (layout shift). The Latin faces too: the Arabic page's first frame
 * has digits and years in them, and with `optional` (below) the browser holds that frame up to
 * 100 ms for a face it found late — measured, the first paint of the prerendered page waited
 * ~400 ms for the Latin faces' requests, which began only after the first style pass.
 */
export function preloadArabicFonts(): Plugin {
  const FACES = /ibm-plex-sans-arabic-(arabic|latin)-(400|600)-normal-[\w-]+\.woff2$/;
  return {
    name: 'masar-preload-fonts',
    apply: 'build',
    // And `optional` instead of fontsource's `swap`: a face that is not there for the first paint
    // is not swapped in later (which moved the text and repainted it as a later largest paint);
    // the system's Arabic font serves that visit, and the cached face every visit after.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (
          file.type === 'asset' &&
          file.fileName.endsWith('.css') &&
          typeof file.source === 'string'
        )
          file.source = file.source.replaceAll('font-display:swap', 'font-display:optional');
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((file) => FACES.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `/${file}`,
              crossorigin: '',
            },
            injectTo: 'head' as const,
          })),
    },
  };
}
