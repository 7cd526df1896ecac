/**
 * Emits sw.js with the list of every file of this build (and their combined hash) written in,
 * so the service worker can cache the whole app shell at install time, including the lazy chunks
 * and fonts a first visit has not needed yet.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

const SOURCE = new URL('../src/serviceWorker/sw.js', import.meta.url);

export function serviceWorker(): Plugin {
  let base = '/';
  let publicDir = '';
  return {
    name: 'masar-service-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      // The events are not shell: the worker fetches them into their own cache (see sw.js).
      const copied = publicFiles(publicDir).filter((f) => !f.startsWith('data/'));
      // Every browser that runs a service worker reads woff2: the legacy .woff copies that
      // @fontsource ships beside them would only double the fonts' download at install.
      const files = [...Object.keys(bundle), ...copied]
        .filter((name) => !name.endsWith('.map') && !name.endsWith('.woff'))
        .sort();
      const urls = [base, ...files.filter((f) => f !== 'index.html').map((f) => `${base}${f}`)];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(SOURCE, 'utf8')
        .replace('self.__MASAR_PRECACHE__', JSON.stringify(urls))
        .replace('self.__MASAR_VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

function publicFiles(dir: string): string[] {
  if (!dir) return [];
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}
