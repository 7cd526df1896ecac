/**
 * Sets aside what is not the story: cookie banners, agency trailers ("(النهاية)" and the editors'
 * initials after it), leads repeated word for word, related headlines run together, and "read also"
 * sections, which are flagged because they may well be another event worth a record. Ignored text
 * is blanked with spaces rather than cut, so every offset still points into the original article.
 */

export interface Ignored {
  kind: 'cookie banner' | 'agency trailer' | 'repeated text' | 'read also' | 'metadata';
  text: string;
  at: number;
  /** Set for a "read also" section: it may describe another event. */
  possiblyAnotherEvent?: boolean;
}

export interface Cleaned {
  /** The article with ignored parts replaced by spaces (same length as the input). */
  body: string;
  ignored: Ignored[];
  /** Text of "read also" sections, for a second look by the caller. */
  readAlso: { text: string; at: number }[];
  /** Where the first "read also" heading starts, if any: nothing after it is this story. */
  readAlsoFrom?: number;
}

const COOKIE =
  /ملفات\s+تعريف\s+الارتباط|سياسة\s+الخصوصية|الكوكيز|cookies?\b|^\s*(?:أوافق|موافق|قبول)\s*$/iu;
const READ_ALSO =
  /^\s*(?:إقرأ|اقرأ|إقرا|اقرا)\s+(?:أيضا|أيضاً|أيضًا|ايضا|المزيد)\s*:?\s*$|^\s*(?:مواضيع|أخبار)\s+(?:ذات\s+صلة|متعلقة)\s*:?\s*$/u;
const TRAILER = /\(\s*النهاية\s*\)/u;
// Editors' initials after a KUNA-style trailer: "س ل ق / ن ع ع".
const INITIALS = /^\s*(?:[\p{L}]\s+){1,4}[\p{L}]\s*(?:\/\s*(?:[\p{L}]\s+){1,4}[\p{L}]\s*)*$/u;

export function stripBoilerplate(article: string): Cleaned {
  const chars = article.split('');
  const ignored: Ignored[] = [];
  const readAlso: { text: string; at: number }[] = [];
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };

  const lines: { text: string; at: number }[] = [];
  let at = 0;
  for (const text of article.split('\n')) {
    lines.push({ text, at });
    at += text.length + 1;
  }

  const seen = new Set<string>();
  const laterStarts = laterLineStartsWith(lines.map((l) => l.text.replace(/\s+/g, ' ').trim()));
  let readAlsoFrom: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as { text: string; at: number };
    const end = line.at + line.text.length;
    const key = line.text.replace(/\s+/g, ' ').trim();
    if (key === '') continue;
    if (READ_ALSO.test(line.text)) {
      const rest = article.slice(line.at);
      ignored.push({
        kind: 'read also',
        text: rest.trim().slice(0, 200),
        at: line.at,
        possiblyAnotherEvent: true,
      });
      readAlso.push({ text: article.slice(end), at: end });
      readAlsoFrom = line.at;
      blank(line.at, article.length);
      break;
    }
    if (COOKIE.test(line.text)) {
      ignored.push({ kind: 'cookie banner', text: key.slice(0, 120), at: line.at });
      blank(line.at, end);
      continue;
    }
    if (/^\s*https?:\/\/\S+\s*$/.test(line.text)) {
      ignored.push({ kind: 'metadata', text: key, at: line.at });
      blank(line.at, end);
      continue;
    }
    const trailer = TRAILER.exec(line.text);
    if (trailer) {
      ignored.push({ kind: 'agency trailer', text: trailer[0], at: line.at + trailer.index });
      blank(line.at + trailer.index, end);
      continue;
    }
    if (INITIALS.test(line.text) && i > 0) {
      ignored.push({ kind: 'agency trailer', text: key, at: line.at });
      blank(line.at, end);
      continue;
    }
    // A line repeated, or a truncated lead that a later line continues, is read once.
    if (key.length >= 30) {
      const prefix = key.replace(/\.{3}|…$/u, '').trim();
      const later = laterStarts(i, prefix);
      if (seen.has(key) || later) {
        ignored.push({ kind: 'repeated text', text: key.slice(0, 120), at: line.at });
        blank(line.at, end);
        continue;
      }
      seen.add(key);
    }
  }
  return {
    body: chars.join(''),
    ignored,
    readAlso,
    ...(readAlsoFrom === undefined ? {} : { readAlsoFrom }),
  };
}

/**
 * For line i and a prefix: does any line after i start with it? Comparing each line with every
 * later one was quadratic in the number of lines. Sorted, the lines starting with a prefix are
 * one run beginning where the prefix would sort, and a sparse table gives the latest line of any
 * run at once.
 */
function laterLineStartsWith(keys: string[]): (i: number, prefix: string) => boolean {
  const order = keys.map((_, i) => i).sort((a, b) => compare(keys[a] ?? '', keys[b] ?? ''));
  const sorted = order.map((i) => keys[i] ?? '');
  // latest[k][x]: the latest line among sorted[x], …, sorted[x + 2^k − 1].
  const latest: Int32Array[] = [Int32Array.from(order)];
  for (let k = 1; 1 << k <= order.length; k++) {
    const prev = latest[k - 1] as Int32Array;
    const row = new Int32Array(order.length - (1 << k) + 1);
    for (let x = 0; x < row.length; x++)
      row[x] = Math.max(prev[x] as number, prev[x + (1 << (k - 1))] as number);
    latest.push(row);
  }
  const firstWhere = (from: number, test: (key: string) => boolean) => {
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(sorted[mid] as string)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (i, prefix) => {
    const start = firstWhere(0, (key) => compare(key, prefix) < 0);
    const end = firstWhere(start, (key) => key.startsWith(prefix));
    if (end === start) return false;
    const k = 31 - Math.clz32(end - start);
    const row = latest[k] as Int32Array;
    return Math.max(row[start] as number, row[end - (1 << k)] as number) > i;
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
