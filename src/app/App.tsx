/**
 * Composition only: load the data, hold the view state (which lives in the URL), wire the views.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { applyLanguage } from '../i18n/i18n.ts';
import { LANGUAGES } from '../domain/languages.ts';
import { useUrlState } from '../url/useUrlState.ts';
import type { KnownIds } from '../url/params.ts';
import { SkipLinks } from '../components/SkipLinks.tsx';
import { HeaderControls } from '../components/HeaderControls.tsx';
import { LoadingView } from '../components/LoadingView.tsx';
import { ErrorView } from '../components/ErrorView.tsx';
import { copyLink, type CopyStatus } from '../components/copyLink.ts';
import { Explorer } from './Explorer.tsx';
import { preloadTimeline } from './useTimelineEngine.ts';
import { useDataset } from '../data/useDataset.ts';
import { dropStandIns, type PageShell } from './pageShell.ts';

export function App({ shell }: { shell: PageShell }) {
  const { t } = useTranslation();
  const { state: data, retry } = useDataset();
  const dataset = data.status === 'ready' ? data.dataset : undefined;
  const known = useMemo<KnownIds | undefined>(
    () =>
      dataset && {
        actors: new Set(dataset.actors.map((a) => a.id)),
        forums: new Set(dataset.forums.map((f) => f.id)),
        types: new Set(dataset.types.map((x) => x.id)),
        events: new Set(dataset.events.map((e) => e.id)),
      },
    [dataset],
  );
  const url = useUrlState(known);
  const lang = url.state.lang;
  const [shareStatus, setShareStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    void preloadTimeline();
  }, []);

  // Before paint, so the first frame already has the right direction.
  useLayoutEffect(() => applyLanguage(lang), [lang]);
  useLayoutEffect(() => dropStandIns(shell), [shell]);

  const share = async () => {
    const selected = dataset?.events.find((e) => e.id === url.state.event);
    const title = t('header.shareTitle', { title: selected?.title[lang] ?? t('app.tagline') });
    setShareStatus((await copyLink(url.link, title)) ? 'copied' : 'failed');
  };

  return (
    <>
      {/* Only while their targets exist: a skip link must lead somewhere. */}
      {dataset &&
        createPortal(<SkipLinks timeline={url.state.view === 'timeline'} />, shell.skipLink)}
      {createPortal(
        <HeaderControls
          lang={lang}
          onSwitchLanguage={() => url.update({ lang: LANGUAGES[lang].other }, 'push')}
          onShare={() => void share()}
          shareStatus={shareStatus}
        />,
        shell.headerControls,
      )}
      {data.status === 'loading' && <LoadingView slow={data.slow} />}
      {data.status === 'error' && <ErrorView failure={data.failure} onRetry={retry} />}
      {dataset && (
        <Explorer
          dataset={dataset}
          state={url.state}
          ignored={url.ignored}
          onDismissIgnored={url.dismissIgnored}
          update={url.update}
        />
      )}
    </>
  );
}
