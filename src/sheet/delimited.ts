/**
 * Reading and writing delimited text (CSV, TSV) as spreadsheet programs do: RFC 4180 quoting
 * (a field holding the delimiter, a quote or a line break is quoted, quotes doubled), CRLF
 * between rows, and a UTF-8 byte-order mark so Excel and LibreOffice open Arabic as UTF-8.
 */

export type Delimiter = ',' | '\t';

export const BOM = '\ufeff';

/** One field as written: quoted only when it must be. */
function field(value: string, delimiter: Delimiter): string {
  return value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r')
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** The file's text: BOM, then every row, each ended by CRLF. */
export function writeDelimited(rows: readonly (readonly string[])[], delimiter: Delimiter): string {
  return (
    BOM + rows.map((row) => row.map((v) => field(v, delimiter)).join(delimiter) + '\r\n').join('')
  );
}

export class DelimitedError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export interface ReadRow {
  /** The line (counting from 1) the row starts on, for messages. */
  line: number;
  fields: string[];
}

/**
 * The rows of a delimited text; a leading BOM is dropped, CRLF, LF and CR all end rows, quoted
 * fields may hold line breaks. Wholly empty lines are skipped (spreadsheets add them at the end).
 */
export function readDelimited(text: string, delimiter: Delimiter): ReadRow[] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: ReadRow[] = [];
  let fields: string[] = [];
  let value = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = 0;
  const endRow = () => {
    fields.push(value);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    value = '';
  };
  while (i < s.length) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          value += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = s[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r')
          throw new DelimitedError(
            `text after a closing quote; a quote inside a quoted field is written twice ("")`,
            line,
          );
        continue;
      }
      // Slice up to the next quote at once: Arabic text one character at a time is slow.
      const close = s.indexOf('"', i);
      const chunk = close < 0 ? s.slice(i) : s.slice(i, close);
      for (const ch of chunk) if (ch === '\n') line++;
      value += chunk;
      i += chunk.length;
      if (close < 0) throw new DelimitedError('a quoted field is never closed', rowLine);
      continue;
    }
    if (c === '"' && value === '') {
      quoted = true;
      i++;
    } else if (c === delimiter) {
      fields.push(value);
      value = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRow();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      value += c;
      i++;
    }
  }
  if (value !== '' || fields.length > 0) endRow();
  return rows;
}

/** The delimiter a file's name says: .tsv and .tab are tab-separated, anything else commas. */
export function delimiterFor(path: string): Delimiter {
  return /\.(tsv|tab)$/i.test(path) ? '\t' : ',';
}
