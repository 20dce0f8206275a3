/** Layout: header with search and language, view navigation, shared filters, the current view. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { AgencyPickContext, type PickHandler } from './agencyPick';
import { getEngine, type LoadStage } from '../data/engine';
import { AgencySearch } from './AgencySearch';
import { DatasetFooter } from './DatasetFooter';
import { FilterBar } from './FilterBar';
import { LangContext, useT } from './i18n';
import { VIEW_COMPONENTS } from './viewComponents';
import { VIEW_REGISTRY, usesFilters } from './views';
import { useAppState } from './useAppState';
import { Intro } from '../views/overview/Intro';
import { EmbedContext } from './ui/embed';
import type { AppState } from './route';
import type { ComponentType } from 'react';
import type { ViewProps } from '../views/shared/types';

/**
 * Embed mode: the view runs out of sight and only the panel named in the address shows, filling the
 * frame (Panel draws itself into the root). A chart the view does not have is said so.
 */
function EmbedFrame(props: { View: ComponentType<ViewProps>; state: AppState; navigate: (patch: Partial<AppState>) => void; stage: LoadStage | 'error'; error: string }) {
  const { t, lang } = useT();
  const [root, setRoot] = useState<HTMLElement | null>(null);
  return (
    <main className="embed-frame" data-view={props.state.view} data-embed={props.state.embed}>
      <div className="embed-root" ref={setRoot} />
      <p className="note embed-missing" role="status">
        {props.stage === 'error' ? `${t('loadFailed')}: ${props.error}` : lang === 'zh' ? '此页面没有这个图表。' : 'This page has no such chart.'}
      </p>
      <EmbedContext.Provider value={{ chart: props.state.embed, root }}>
        <div hidden>{props.stage !== 'error' && <props.View state={props.state} navigate={props.navigate} />}</div>
      </EmbedContext.Provider>
    </main>
  );
}

function Shell() {
  const { state, navigate, linkErrors } = useAppState();
  const { t, lang } = useT();
  const [stage, setStage] = useState<LoadStage | 'error'>('engine');
  const [error, setError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    getEngine(setStage).then((engine) => { setStage('ready'); setOffline(engine.offline); }, (e: Error) => { setStage('error'); setError(e.message); });
  }, [attempt]);
  const ViewComponent = VIEW_COMPONENTS[state.view];
  // A view that adds a picked agency to its own (Trends, Compare) takes the search's picks.
  const viewPick = useRef<PickHandler | null>(null);
  const registerPick = useCallback((handler: PickHandler | null) => { viewPick.current = handler; }, []);
  const title = t(VIEW_REGISTRY.find((v) => v.id === state.view)!.title);
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('title')}`;
    // On a narrow screen the menu scrolls sideways: the current view's tab must not be left off-screen
    // (scrolled by hand, not scrollIntoView, which would also scroll the page).
    const menu = nav.current;
    const tab = menu?.querySelector<HTMLElement>('[aria-current="page"]');
    if (menu && tab && (tab.offsetLeft < menu.scrollLeft || tab.offsetLeft + tab.offsetWidth > menu.scrollLeft + menu.clientWidth)) {
      menu.scrollLeft = tab.offsetLeft - (menu.clientWidth - tab.offsetWidth) / 2;
    }
  }, [title, lang]); // t is new each render; lang is what changes it
  if (state.embed) return <EmbedFrame View={ViewComponent} state={state} navigate={navigate} stage={stage} error={error} />;
  return (
    <>
      <header className="top">
        <h1><a href="#/overview">{t('title')}</a></h1>
        <AgencySearch onPick={(agencyId, reportId) => (viewPick.current ? viewPick.current(agencyId) : navigate({ view: 'agency', report: reportId }))} />
        <button type="button" className="lang" onClick={() => navigate({ lang: state.lang === 'zh' ? 'en' : 'zh' })} lang={state.lang === 'zh' ? 'en' : 'zh'}>
          {state.lang === 'zh' ? 'English' : '中文'}
        </button>
      </header>
      <nav className="views" aria-label={t('views')} ref={nav}>
        {VIEW_REGISTRY.map((v) => <a key={v.id} href={`#/${v.id}`} aria-current={v.id === state.view ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate({ view: v.id }); }}>{t(v.title)}</a>)}
      </nav>
      {linkErrors.length > 0 && <p className="warning" role="status">{t('badLink')}{linkErrors.join(', ')}</p>}
      {offline && <p className="warning" role="status" data-testid="offline">{t('offline')}</p>}
      {stage !== 'ready' && stage !== 'error' && (
        <p className="loading" role="status" aria-live="polite" data-testid="loading">
          <progress /> {stage === 'engine' ? t('loadingEngine') : t('loadingData')}
        </p>
      )}
      {stage === 'error' && (
        <div className="error" role="alert" data-testid="load-error">
          <p>{t('loadFailed')}: {error}</p>
          <button type="button" onClick={() => { setStage('engine'); setAttempt((a) => a + 1); }}>{t('retry')}</button>
        </div>
      )}
      {stage !== 'error' && (
        <main data-view={state.view} key={attempt}>
          <h2 className="view-title">{title}</h2>
          {/* The first visit reads what this is before any filter. */}
          {state.view === 'overview' && <Intro go={(view) => navigate({ view })} />}
          {usesFilters(state.view) && <FilterBar filters={state.filters} onChange={(filters) => navigate({ filters })} />}
          <AgencyPickContext.Provider value={registerPick}>
            <ViewComponent state={state} navigate={navigate} />
          </AgencyPickContext.Provider>
        </main>
      )}
      <DatasetFooter />
    </>
  );
}

export function App() {
  const { state } = useAppState();
  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  }, [state.lang]);
  return (
    <LangContext.Provider value={state.lang}>
      <Shell />
    </LangContext.Provider>
  );
}
