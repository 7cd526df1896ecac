/**
 * Renders preview cards (src/pages/previewSvg.ts) to PNG with resvg, which shapes Arabic (joining
 * forms, right-to-left runs) through rustybuzz, without a browser. The fonts are Masar's own
 * self-hosted IBM Plex Sans Arabic (its Arabic and Latin subsets), converted from WOFF once per
 * build; system fonts are never loaded, so the cards look the same on every machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt } from './woff.ts';

const FACES = ['arabic-400', 'arabic-600', 'latin-400', 'latin-600'];

/** Writes the faces as TTF files into `dir` (once) and returns their paths, as resvg reads them. */
export function previewFontFiles(dir: string): string[] {
  const require = createRequire(import.meta.url);
  mkdirSync(dir, { recursive: true });
  return FACES.map((face) => {
    const woff = require.resolve(
      `@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-${face}-normal.woff`,
    );
    const ttf = join(dir, `ibm-plex-sans-arabic-${face}.ttf`);
    if (!existsSync(ttf)) writeFileSync(ttf, woffToSfnt(readFileSync(woff)));
    return ttf;
  });
}

export function renderPng(svg: string, fontFiles: string[]): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'IBM Plex Sans Arabic' },
  });
  return resvg.render().asPng();
}
