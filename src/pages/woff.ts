/**
 * WOFF (version 1) to the plain TrueType/OpenType font inside it. The preview images are drawn
 * with resvg, which reads TTF/OTF only, and the one Arabic face Masar ships
 * (@fontsource/ibm-plex-sans-arabic) comes as WOFF and WOFF2. WOFF 1 is the font's tables each
 * deflated with zlib, so Node's own zlib undoes it: no dependency (WOFF2's Brotli plus its glyph
 * transforms would need one).
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const HEADER = 44;
const DIRECTORY_ENTRY = 20;

export function woffToSfnt(woff: Uint8Array): Buffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < HEADER || view.getUint32(0) !== WOFF_SIGNATURE)
    throw new Error('not a WOFF 1 font (no "wOFF" signature)');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = HEADER + i * DIRECTORY_ENTRY;
    return {
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    };
  });
  // Tables are 4-byte aligned in an sfnt.
  const padded = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const out = Buffer.alloc(tables.reduce((size, t) => size + padded(t.origLength), headerSize));
  const o = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // The offset table's search fields: the largest power of two ≤ numTables, in 16-byte units.
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, searchRange);
  o.setUint16(8, entrySelector);
  o.setUint16(10, numTables * 16 - searchRange);
  let cursor = headerSize;
  tables.forEach((t, i) => {
    const stored = woff.subarray(t.offset, t.offset + t.compLength);
    // A table that did not shrink is stored as it is.
    const data = t.compLength < t.origLength ? inflateSync(stored) : stored;
    if (data.byteLength !== t.origLength)
      throw new Error(`WOFF table ${i} inflates to ${data.byteLength} bytes, not ${t.origLength}`);
    const entry = 12 + i * 16;
    o.setUint32(entry, t.tag);
    o.setUint32(entry + 4, t.checksum);
    o.setUint32(entry + 8, cursor);
    o.setUint32(entry + 12, t.origLength);
    out.set(data, cursor);
    cursor += padded(t.origLength);
  });
  return out;
}
