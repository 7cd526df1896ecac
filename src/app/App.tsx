/**
 * Composition only: load the data, hold the view state (which lives in the URL), wire the views.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../i18n/useTranslation.ts';
import { applyDigits, applyLanguage } from '../i18n/i18n.ts';
import { LANGUAGES } from '../domain/languages.ts';
import { pagesOf } from '../domain/pageLinks.ts';
import { displayFor, type DisplayPrefs } from '../domain/displayPrefs.ts';
import { useUrlState } from '../url/useUrlState.ts';
import { linkTo, reloadPage, shareLinkTo } from '../url/history.ts';
import { serialiseViewState } from '../url/viewStateQuery.ts';
import type { KnownIds } from '../url/params.ts';
import { eventIndex } from '../domain/eventIndex.ts';
import { SkipLinks } from '../components/SkipLinks.tsx';
import { HeaderControls } from '../components/HeaderControls.tsx';
import { EmbedBar } from '../components/EmbedBar.tsx';
import { EmbedMenu } from '../components/EmbedMenu.tsx';
import { embedCode } from '../domain/embedCode.ts';
import { useEmbedBridge } from './useEmbedBridge.ts';
import { LoadingView } from '../components/LoadingView.tsx';
import { ErrorView } from '../components/ErrorView.tsx';
import { copyLink, type CopyStatus } from '../components/copyLink.ts';
import { DisplayContext } from '../components/display.ts';
import { Explorer } from './Explorer.tsx';
import { preloadTimeline } from './useTimelineEngine.ts';
import { useDataset, type DatasetState } from '../data/useDataset.ts';
import { dropStandIns, type PageShell } from './pageShell.ts';
import { loadDisplay, saveDisplay } from './displayStore.ts';
import { useHydrated } from '../prerender/useHydrated.ts';

interface AppProps {
  /** The page's shell; undefined when the build prerenders the page (src/prerender). */
  shell?: PageShell;
  /** The embed view (embed/index.html): no filters, a link back to the full view. */
  embed: boolean;
  /** The data, when it was loaded before React started (a prerendered page hydrates with it). */
  loaded?: Exclude<DatasetState, { status: 'loading' }>;
  /** The query the page is prerendered for, in place of the address bar's. */
  prerenderedQuery?: string;
}

export function App({ shell, embed, loaded, prerenderedQuery }: AppProps) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const { state: data, retry, update: dataUpdate } = useDataset(loaded);
  const dataset = data.status === 'ready' ? data.dataset : undefined;
  const known = useMemo<KnownIds | undefined>(
    () =>
      dataset && {
        actors: new Set(dataset.actors.map((a) => a.id)),
        forums: new Set(dataset.forums.map((f) => f.id)),
        types: new Set(dataset.types.map((x) => x.id)),
        events: eventIndex(dataset),
      },
    [dataset],
  );
  const url = useUrlState(known, prerenderedQuery);
  const lang = url.state.lang;
  const [shareStatus, setShareStatus] = useState<CopyStatus>('idle');

  // Digits and calendar order: the device's saved choice, under what an opening link asked for,
  // under what the reader picks in the menu during this visit. A shared link applies for the
  // visit only and is not saved: it shows the sender's view, and opening someone's link must not
  // quietly change how every later visit looks. A pick in the menu is the reader's own choice,
  // so it is saved, field by field, leaving a field the reader did not touch as it was saved.
  const [saved, setSaved] = useState(loadDisplay);
  const [picked, setPicked] = useState<Partial<DisplayPrefs>>({});
  const prefs = useMemo<DisplayPrefs>(
    () => ({ ...saved, ...url.linkedDisplay, ...picked }),
    [saved, url.linkedDisplay, picked],
  );
  const display = useMemo(() => displayFor(prefs, lang), [prefs, lang]);
  const changeDisplay = (patch: Partial<DisplayPrefs>) => {
    const next = { ...saved, ...patch };
    saveDisplay(next);
    setSaved(next);
    setPicked((p) => ({ ...p, ...patch }));
  };

  useEffect(() => {
    void preloadTimeline();
  }, []);

  // Before paint, so the first frame already has the right direction.
  useLayoutEffect(() => applyLanguage(lang), [lang]);
  useLayoutEffect(() => applyDigits(display.digits), [display.digits]);
  // The header's buttons and the skip links live outside React's root, in the shell: portals,
  // which neither the server renderer nor hydration can place, so they come a render later, and
  // the stand-ins go in the same commit.
  const portals = hydrated ? shell : undefined;
  useLayoutEffect(() => {
    if (portals) dropStandIns(portals);
  }, [portals]);

  useEmbedBridge(embed, serialiseViewState(url.state));

  const share = async () => {
    const selected = dataset?.events.find((e) => e.id === url.state.event);
    const title = t('header.shareTitle', { title: selected?.title[lang] ?? t('app.tagline') });
    setShareStatus(
      (await copyLink(shareLinkTo(url.state, prefs, pagesOf(dataset)), title))
        ? 'copied'
        : 'failed',
    );
  };

  return (
    <DisplayContext value={display}>
      {/* Only while their targets exist: a skip link must lead somewhere. */}
      {dataset &&
        portals &&
        createPortal(<SkipLinks timeline={url.state.view === 'timeline'} />, portals.skipLink)}
      {portals &&
        createPortal(
          embed ? (
            <EmbedBar fullLink={linkTo(url.state, undefined, 'full')} />
          ) : (
            <>
              <HeaderControls
                lang={lang}
                onSwitchLanguage={() => url.update({ lang: LANGUAGES[lang].other }, 'push')}
                onShare={() => void share()}
                shareStatus={shareStatus}
                display={prefs}
                onDisplayChange={changeDisplay}
              />
              <EmbedMenu
                code={embedCode(linkTo(url.state, undefined, 'embed'), t('embed.frameTitle'))}
              />
            </>
          ),
          portals.headerControls,
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
          dataUpdate={dataUpdate}
          onReloadPage={reloadPage}
          embed={embed}
        />
      )}
    </DisplayContext>
  );
}
