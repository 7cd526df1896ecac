/**
 * react-i18next's useTranslation, with the texts remembered. i18next resolves, interpolates and
 * formats on every call: about 70 µs for a plain key and 250 µs with a count (measured in Node on
 * this machine), and a filter click re-renders a panel that asks for a hundred of them, twice.
 * The same key with the same options, in the same language and digits, is always the same text.
 */
import { useMemo } from 'react';
import { useTranslation as useI18nextTranslation } from 'react-i18next';
import i18next, { currentDigits } from './i18n.ts';

/** Enough for every count of every label on screen; cleared whole when full, never stale. */
const MAX_TEXTS = 5000;
const texts = new Map<string, string>();

/** The cache key for a call, or undefined when an option is not a plain value (not remembered). */
export function callKey(key: unknown, options: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  let out = `${i18next.language}\u0000${currentDigits()}\u0000${key}`;
  if (options === undefined) return out;
  if (typeof options !== 'object' || options === null) return undefined;
  for (const [name, value] of Object.entries(options)) {
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean' && value !== undefined)
      return undefined;
    out += `\u0000${name}\u0001${kind}\u0001${String(value)}`;
  }
  return out;
}

type Translate = (...args: unknown[]) => unknown;

/** `t`, answering a call it has answered before (same language and digits) from memory. */
export function rememberTexts<T>(t: T): T {
  const translate = t as Translate;
  return ((...args: unknown[]) => {
    const id = callKey(args[0], args[1]);
    if (id === undefined || args.length > 2) return translate(...args);
    const known = texts.get(id);
    if (known !== undefined) return known;
    const text = translate(...args);
    if (typeof text === 'string') {
      if (texts.size >= MAX_TEXTS) texts.clear();
      texts.set(id, text);
    }
    return text;
  }) as T;
}

export function useTranslation() {
  const result = useI18nextTranslation();
  const { t } = result;
  const remembered = useMemo(() => rememberTexts(t), [t]);
  return { ...result, t: remembered };
}
