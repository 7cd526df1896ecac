import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { serviceWorker } from './scripts/serviceWorkerPlugin.ts';
import { masarDataPlugin } from './src/compiler/vitePlugin.ts';

/**
 * The production page's Content-Security-Policy. Everything is self-hosted, so nothing may load
 * from another origin, and no inline or eval'd script may run. Styles set through the CSSOM
 * (React's style prop, vis-timeline's positioning) are not inline markup and stay allowed.
 * Only for builds: the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'masar-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), masarDataPlugin(), contentSecurityPolicy(), serviceWorker()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Never inline assets as data: URIs, so the policy needs no data: source for fonts.
    assetsInlineLimit: 0,
  },
});
