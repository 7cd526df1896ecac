import { Fragment } from 'react';
import type { Range } from '../domain/textMarks.ts';

/**
 * Text with the stretches search matched wrapped in <mark>: React elements around slices of the
 * text, so the text stays text (never markup) whatever it holds. Ranges come sorted and merged
 * from markRanges.
 */
export function Marked({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}

export const NO_MARKS: readonly Range[] = [];

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/** A name or outlet in the other script gets its own direction; marks, if any, inside it. */
export function Name({ text, ranges = NO_MARKS }: { text: string; ranges?: readonly Range[] }) {
  const marked = <Marked text={text} ranges={ranges} />;
  return LATIN.test(text) ? <bdi>{marked}</bdi> : marked;
}
