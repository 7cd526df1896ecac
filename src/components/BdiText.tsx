import type { ReactNode } from 'react';

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * A translated sentence whose values each sit in a <bdi>, so a Latin word or a number inside
 * Arabic (or Arabic inside English) keeps its own direction and cannot reorder the sentence.
 *
 * `template` is the translation with its placeholders left in place: t(key, placeholders(...)),
 * which i18next returns unchanged because it never interpolates a value twice. Values are text,
 * rendered as React text nodes: what the reader typed is quoted back here, never parsed as markup.
 */
export function BdiText({
  template,
  values,
}: {
  template: string;
  values: Readonly<Record<string, string | number>>;
}): ReactNode {
  const parts = template.split(PLACEHOLDER);
  // split with one capture group alternates text, name, text, name…
  return parts.map((part, i) =>
    i % 2 === 0 ? part : <bdi key={i}>{String(values[part] ?? '')}</bdi>,
  );
}

/**
 * Each name mapped to its own placeholder, for t(): t(key, placeholders(values)). The names stay
 * in the type, so i18next's typed t() still checks them against the translation.
 */
export function placeholders<T extends Record<string, unknown>>(
  values: T,
): { [K in keyof T]: string } {
  return Object.fromEntries(Object.keys(values).map((name) => [name, `{{${name}}}`])) as {
    [K in keyof T]: string;
  };
}
