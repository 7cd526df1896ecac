import { useTranslation } from 'react-i18next';

/** The embed view's only chrome: the way out to the same view in the full Masar, in a new tab. */
export function EmbedBar({ fullLink }: { fullLink: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={fullLink}
      target="_blank"
      rel="noopener"
      className="text-sm underline underline-offset-2"
    >
      {t('embed.openFull')}
    </a>
  );
}
