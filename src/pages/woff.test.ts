import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff.ts';

describe('woffToSfnt', () => {
  it('unpacks the shipped Arabic face into a TrueType font with the same tables', () => {
    const require = createRequire(import.meta.url);
    const woff = readFileSync(
      require.resolve('@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff'),
    );
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    // The sfnt's total size is the WOFF header's totalSfntSize.
    expect(ttf.byteLength).toBe(woff.readUInt32BE(16));
    const tags = Array.from({ length: ttf.readUInt16BE(4) }, (_, i) =>
      ttf.toString('latin1', 12 + i * 16, 16 + i * 16),
    );
    expect(tags).toEqual(expect.arrayContaining(['GSUB', 'cmap', 'glyf']));
  });

  it('refuses what is not WOFF 1', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/not a WOFF 1 font/);
  });
});
