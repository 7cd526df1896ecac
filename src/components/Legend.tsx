import { ForumDot } from './ForumDot.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { Forum } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';

const swatch = 'inline-block h-3 w-5 rounded-sm border';

export function Legend({ forums, lang }: { forums: readonly Forum[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <figure className="text-sm text-muted">
      <figcaption className="sr-only">{t('timeline.legend')}</figcaption>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {forums.map((forum) => (
          <li key={forum.id} className="flex items-center gap-1.5">
            <ForumDot colour={forum.colour} className="inline-block size-3" />
            {(forum.short ?? forum.name)[lang]}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-3 rounded-full bg-muted" />
          {t('timeline.legendNoForum')}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`${swatch} border-muted bg-surface`} />
          {t('timeline.legendExact')}
        </li>
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`${swatch} border-dotted border-muted masar-legend-approx`}
          />
          {t('timeline.legendApproximate')}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`${swatch} border-2 border-dashed border-muted`} />
          {t('timeline.legendPlanned')}
        </li>
      </ul>
    </figure>
  );
}
