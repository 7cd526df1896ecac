/**
 * A tiny HTML builder whose only way to insert a value escapes it. Event text is data, never
 * markup: a title holding `</title><script>` must reach the page as those characters. Markup is
 * only what this module's `safeHtml` tag produced, so a string cannot pass as markup by accident.
 */

const MARKUP = Symbol('markup');

/** A piece of HTML built by `safeHtml` (or `raw` for the few trusted constants). */
export interface Markup {
  readonly [MARKUP]: string;
}

export type Interpolation =
  Markup | string | number | null | undefined | false | readonly Interpolation[];

import { escapeHtml } from '../domain/escapeHtml.ts';

export { escapeHtml };

function isMarkup(value: unknown): value is Markup {
  return typeof value === 'object' && value !== null && MARKUP in value;
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isMarkup(value)) return value[MARKUP];
  return escapeHtml(String(value));
}

/** `safeHtml\`<p>${text}</p>\`` escapes `text`; nested `safeHtml` results and arrays of them stay markup. */
export function safeHtml(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { [MARKUP]: out };
}

/** Trusted constant markup (a doctype); never call it with data. */
export function raw(trusted: string): Markup {
  return { [MARKUP]: trusted };
}

export function toHtmlString(markup: Markup): string {
  return markup[MARKUP];
}

/**
 * JSON inside `<script type="application/ld+json">`: the browser ends the element at the first
 * `</script`, whatever the JSON says, so every `<` is written as `\u003c` (JSON reads it back as
 * the same character); `>` and `&` likewise, and the two line separators that old parsers
 * treated as line ends.
 */
export function jsonForScript(value: unknown): Markup {
  const text = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return raw(text);
}
