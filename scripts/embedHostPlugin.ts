/**
 * Builds the host script (src/embedHost/embed.ts) into /embed.js after the app: one classic
 * script with nothing to import, because a page on another site includes it with a plain
 * <script src>, and a module script from another origin would need CORS headers that many static
 * hosts do not send.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

export function embedHost(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'masar-embed-host',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2020',
          lib: {
            entry: resolve(root, 'src/embedHost/embed.ts'),
            formats: ['iife'],
            name: 'masarEmbed',
            fileName: () => 'embed.js',
          },
        },
      });
    },
  };
}
