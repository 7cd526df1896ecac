import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { embedHost } from './scripts/embedHostPlugin.ts';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicyPlugin.ts';
import { preloadArabicFonts } from './scripts/preloadArabicFontsPlugin.ts';
import { preloadTimeline } from './scripts/preloadTimelinePlugin.ts';
import { prerender } from './scripts/prerenderPlugin.ts';
import { serviceWorker } from './scripts/serviceWorkerPlugin.ts';
import { staticPages } from './scripts/staticPagesPlugin.ts';
import { staticShell } from './scripts/staticShellPlugin.ts';
// The data plugin stays with the compiler it runs (see src/compiler/README.md).
import { masarDataPlugin } from './src/compiler/vitePlugin.ts';

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    masarDataPlugin(),
    staticShell(),
    contentSecurityPolicy(),
    preloadArabicFonts(),
    preloadTimeline(),
    prerender(),
    serviceWorker(),
    staticPages(),
    embedHost(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Never inline assets as data: URIs, so the policy needs no data: source for fonts.
    assetsInlineLimit: 0,
    // The app, and the same app as an embed without the page chrome (embed/index.html).
    rollupOptions: { input: { main: 'index.html', embed: 'embed/index.html' } },
  },
});
