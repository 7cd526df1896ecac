/**
 * Interns the words of texts as small integer ids, for building the search index.
 *
 * Index building meets every word of every event (about 5 million at 100,000 events). Making a
 * string for each and looking it up in a Map dominated the build, so this scans the text with
 * the strict key's character table (arabic.ts), hashes each word's code units as it goes, and
 * compares them in place against the words already seen; a string is made only for a new word.
 * The words it yields are exactly tokenize's (a property test checks it).
 */
import {
  CHAR_REPLACED,
  CHAR_SAME,
  CHAR_SEPARATOR,
  CHAR_SLOW,
  searchCharTable,
  tokenize,
} from './arabic.ts';

// Module-local copies: some module transforms (tsx, Vitest) turn imported bindings into
// property reads or getters, which cost more than the rest of the loop together.
const SAME = CHAR_SAME;
const SEPARATOR = CHAR_SEPARATOR;
const REPLACED = CHAR_REPLACED;
const SLOW = CHAR_SLOW;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class WordTable {
  /** The word of each id. */
  readonly words: string[] = [];
  private hashes = new Uint32Array(1024);
  /** Open addressing: id + 1 per slot, 0 when empty; kept at most half full. */
  private slots = new Int32Array(2048);
  private buffer = new Uint16Array(64);
  private readonly table = searchCharTable();

  get size(): number {
    return this.words.length;
  }

  /** The id of an already-normalised word, adding it when new. */
  idOf(word: string): number {
    if (word.length > this.buffer.length) this.buffer = new Uint16Array(word.length * 2);
    let h = FNV_OFFSET;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      this.buffer[k] = c;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    return this.lookup(word.length, h >>> 0);
  }

  /** Calls emit with the id of each word of the text's strict key, in order. */
  internText(text: string, emit: (id: number) => void): void {
    const { kinds, replacements } = this.table;
    // A character outside the table sends the whole text down the general path, before any word
    // of it is emitted.
    for (let i = 0; i < text.length; i++) {
      if (kinds[text.charCodeAt(i)] === SLOW) {
        for (const w of tokenize(text)) emit(this.idOf(w));
        return;
      }
    }
    let len = 0;
    let h = FNV_OFFSET;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = kinds[c] ?? 0;
      if (k === SAME) {
        if (len === this.buffer.length) this.grow();
        this.buffer[len++] = c;
        h = Math.imul(h ^ c, FNV_PRIME);
      } else if (k === SEPARATOR) {
        if (len > 0) emit(this.lookup(len, h >>> 0));
        len = 0;
        h = FNV_OFFSET;
      } else if (k === REPLACED) {
        const r = replacements.get(c) ?? '';
        for (let j = 0; j < r.length; j++) {
          const rc = r.charCodeAt(j);
          if (len === this.buffer.length) this.grow();
          this.buffer[len++] = rc;
          h = Math.imul(h ^ rc, FNV_PRIME);
        }
      }
    }
    if (len > 0) emit(this.lookup(len, h >>> 0));
  }

  private grow(): void {
    const next = new Uint16Array(this.buffer.length * 2);
    next.set(this.buffer);
    this.buffer = next;
  }

  /** The id of the word in buffer[0..len) with hash h, adding it when new. */
  private lookup(len: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s] ?? 0;
      if (slot === 0) return this.add(s, len, h);
      const id = slot - 1;
      if (this.hashes[id] === h && this.matches(this.words[id] ?? '', len)) return id;
    }
  }

  private matches(word: string, len: number): boolean {
    if (word.length !== len) return false;
    for (let k = 0; k < len; k++) if (word.charCodeAt(k) !== this.buffer[k]) return false;
    return true;
  }

  private add(slot: number, len: number, h: number): number {
    const id = this.words.length;
    let word = '';
    // In chunks: spreading a very long word into one call could overflow the stack.
    for (let k = 0; k < len; k += 4096) {
      word += String.fromCharCode(...this.buffer.subarray(k, Math.min(len, k + 4096)));
    }
    this.words.push(word);
    if (id === this.hashes.length) {
      const next = new Uint32Array(id * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let s = (this.hashes[id] ?? 0) & mask;
      while ((slots[s] ?? 0) !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
  }
}
