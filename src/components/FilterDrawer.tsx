import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

/**
 * Holds the filter panel: beside the results on a wide screen, folded behind a button on a phone.
 * A folded panel is not rendered at all (children is called only when shown): on a phone that is
 * work the first paint skips.
 */
export function FilterDrawer({
  inert = false,
  wide,
  summary,
  children,
}: {
  /** Not usable yet (the prerendered page before the app has hydrated it). */
  inert?: boolean;
  /** Tailwind's md breakpoint or wider. */
  wide: boolean;
  /** The results count, shown on the folded button. */
  summary: string;
  children(): ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    // On a wide screen the panel stays beside the results and scrolls on its own when it is taller
    // than the window, so every group and the focused control stay within reach. At the top of
    // the page its end is below the fold: the wheel then carries on to the page, which brings the
    // panel up to the top of the window (it sticks there) after the height of the header.
    <aside
      id="filters"
      inert={inert}
      tabIndex={-1}
      className="md:sticky md:top-4 md:max-h-[calc(100dvh-2rem)] md:overflow-y-auto"
    >
      <button
        type="button"
        className="mb-2 w-full rounded-md border border-line bg-surface px-3 py-1.5 md:hidden"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('filters.hide') : t('filters.show')} · {summary}
      </button>
      <div
        id="filter-panel"
        className={`${open ? '' : 'hidden'} rounded-lg border border-line bg-surface p-4 md:block`}
      >
        {(wide || open) && children()}
      </div>
    </aside>
  );
}
