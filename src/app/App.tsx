/** Layout: header with search and language, view navigation, shared filters, the current view. */
import { useEffect, useState, type ComponentType } from 'react';
import { getEngine, type LoadStage } from '../data/engine';
import { About } from '../views/about/About';
import { AddReport } from '../views/add/AddReport';
import { Actions } from '../views/actions/Actions';
import { AgencyReport } from '../views/agency/AgencyReport';
import { Appeals } from '../views/appeals/Appeals';
import { Compare } from '../views/compare/Compare';
import { Coverage } from '../views/coverage/Coverage';
import { Outcomes } from '../views/outcomes/Outcomes';
import { Overview } from '../views/overview/Overview';
import { Procurement } from '../views/procurement/Procurement';
import { Quality } from '../views/quality/Quality';
import { Requests } from '../views/requests/Requests';
import type { ViewProps } from '../views/shared/types';
import { SqlView } from '../views/sql/SqlView';
import { Trends } from '../views/trends/Trends';
import { AgencySearch } from './AgencySearch';
import { DatasetFooter } from './DatasetFooter';
import { FilterBar } from './FilterBar';
import { LangContext, useT } from './i18n';
import { MAX_AGENCIES, VIEWS, type View } from './route';
import { useAppState } from './useAppState';

const VIEW_COMPONENTS: Record<View, ComponentType<ViewProps>> = {
  overview: Overview, coverage: Coverage, requests: Requests, outcomes: Outcomes, procurement: Procurement, actions: Actions, appeals: Appeals,
  trends: Trends, compare: Compare, agency: AgencyReport, quality: Quality, sql: SqlView, add: AddReport, about: About,
};
/** Views that ignore the shared filters. */
const UNFILTERED: View[] = ['compare', 'agency', 'sql', 'add', 'about'];

function Shell() {
  const { state, navigate, linkErrors } = useAppState();
  const { t } = useT();
  const [stage, setStage] = useState<LoadStage | 'error'>('engine');
  const [error, setError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    getEngine(setStage).then((engine) => { setStage('ready'); setOffline(engine.offline); }, (e: Error) => { setStage('error'); setError(e.message); });
  }, [attempt]);
  const ViewComponent = VIEW_COMPONENTS[state.view];
  return (
    <>
      <header className="top">
        <h1><a href="#/overview">{t('title')}</a></h1>
        <AgencySearch onPick={(agencyId, reportId) => navigate(state.view === 'compare' || state.view === 'trends' ? { agencies: [...new Set([...state.agencies, agencyId])].slice(0, MAX_AGENCIES) } : { view: 'agency', report: reportId })} />
        <button type="button" className="lang" onClick={() => navigate({ lang: state.lang === 'zh' ? 'en' : 'zh' })} lang={state.lang === 'zh' ? 'en' : 'zh'}>
          {state.lang === 'zh' ? 'English' : '中文'}
        </button>
      </header>
      <nav aria-label="views">
        {VIEWS.map((v) => <a key={v} href={`#/${v}`} aria-current={v === state.view ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate({ view: v }); }}>{t(v)}</a>)}
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
          <h2 className="view-title">{t(state.view)}</h2>
          {!UNFILTERED.includes(state.view) && <FilterBar filters={state.filters} onChange={(filters) => navigate({ filters })} />}
          <ViewComponent state={state} navigate={navigate} />
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
