// `npm run search-table`: asks the search key's reference (src/domain/arabic.ts) what it does with
// each character of the table's ranges, and writes the answers to src/domain/searchCharKinds.ts,
// so that pages do not ask it again on every load. Run it when the unit test of searchCharTable
// says the answers differ (Node's Unicode data changed, or the reference did).
import { writeFileSync } from 'node:fs';
import { CHAR_REPLACED, TABLE_RANGES, referenceKind } from '../src/domain/arabic.ts';

const OUT = 'src/domain/searchCharKinds.ts';

let kinds = '';
const replacements: string[] = [];
for (const [lo, hi] of TABLE_RANGES) {
  for (let c = lo; c <= hi; c++) {
    const { kind, replacement } = referenceKind(c);
    kinds += String(kind);
    if (kind === CHAR_REPLACED) replacements.push(replacement ?? '');
  }
}
// The replacements hold letters and digits only (an apostrophe is dropped, a space is CHAR_SLOW).
const literal = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;
writeFileSync(
  OUT,
  `// Written by scripts/makeSearchTable.ts (npm run search-table) from Node ${process.versions.node}, ` +
    `Unicode ${process.versions.unicode}. Do not edit.\n` +
    `// One digit per code unit of TABLE_RANGES (arabic.ts) in order: what the search key does with it.\n` +
    `export const SEARCH_CHAR_KINDS =\n  ${literal(kinds)};\n` +
    `// The replacements of the CHAR_REPLACED code units, in the same order, space-separated.\n` +
    `export const SEARCH_CHAR_REPLACEMENTS =\n  ${literal(replacements.join(' '))};\n`,
);
console.log(`${OUT}: ${kinds.length} code units, ${replacements.length} replacements`);
