/**
 * The whole state of the page lives in the URL hash (#/view?key=value), so a copied link reopens the
 * same view and the back button works. Parsing is defensive: anything unknown or malformed falls back
 * to the default and is reported, never passed on.
 */
import { ADMIN_LEVELS, APPLICANT_MEASURES, CHECK_STATUSES, type CheckStatus, FORM_VERSIONS } from '../vocabulary';
import { type Filters, NO_FILTERS } from '../data/filters';
import { metricKey } from '../data/metrics';
import type { Lang } from './i18n';

import { VIEWS, type View } from './views';

export { VIEWS, type View };

export interface AppState {
  view: View;
  lang: Lang;
  filters: Filters;
  /** agency_id list for trends and compare (at most MAX_AGENCIES) */
  agencies: string[];
  report: string;
  /** Trends: a named metric or a key written section.item.measure */
  metric: string;
  sql: string;
  /** Compare: the applicant column of table 三 shown for each row (total by default) */
  applicant: string;
  /** Outcomes as shares of each report's total instead of counts */
  shares: boolean;
  /** Bar charts: largest first ('value'), or the form's and the dataset's own order ('form') */
  order: 'value' | 'form';
  /** Bar charts: a log value axis, so a whole city and a single office read on one axis */
  log: boolean;
  /** Trends: each line as an index of its first year (= 100) */
  indexed: boolean;
  /** Compare: per agency of `agencies`, the report year shown (null: its latest report) */
  at: (number | null)[];
  /** Data quality: the check statuses listed, and the flag whose facts are listed ('' for none) */
  checkStatuses: CheckStatus[];
  flag: string;
  /** Embed mode (`embed=1&chart=<panel id>`): the one chart alone, for an article's iframe; '' when off. */
  embed: string;
}

export const DEFAULT_STATE: AppState = {
  view: 'overview', lang: 'zh', filters: NO_FILTERS, agencies: [], report: '', metric: 'active_volume', sql: '',
  applicant: 'total', shares: false, order: 'value', log: false, indexed: false, at: [], checkStatuses: ['fail'], flag: '', embed: '',
};

/** Agencies shown side by side in Compare and Trends. */
export const MAX_AGENCIES = 6;
/** The agencies shown with one more added at the end (once); at the limit, the last one shown gives way. */
export function withAgency(shown: readonly string[], agencyId: string): string[] {
  if (shown.includes(agencyId)) return [...shown];
  return [...shown.slice(0, MAX_AGENCIES - 1), agencyId];
}

/** The longest SQL a link carries: the editor takes no more, so every query it runs can be linked. */
export const MAX_SQL_CHARS = 20_000;
const TEXT = /^[^\u0000-\u001f<>]{1,100}$/;

function list(params: URLSearchParams, key: string, errors: string[], valid: (v: string) => boolean, max = 50): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  const values = raw.split(',').filter(Boolean);
  const ok = values.filter(valid).slice(0, max);
  if (ok.length !== values.length) errors.push(key);
  return ok;
}

export function parseHash(hash: string): { state: AppState; errors: string[] } {
  const errors: string[] = [];
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { state: DEFAULT_STATE, errors: ['query'] };
  }
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'overview';
  if (path && view !== path) errors.push('view');
  const lang = params.get('lang') === 'en' ? 'en' : 'zh';
  const filters: Filters = {
    years: list(params, 'year', errors, (v) => /^(19|20)\d{2}$/.test(v)).map(Number),
    provinces: list(params, 'province', errors, (v) => TEXT.test(v)),
    levels: list(params, 'level', errors, (v) => v !== '' && (ADMIN_LEVELS as readonly string[]).includes(v)),
    agencyTypes: list(params, 'type', errors, (v) => TEXT.test(v)),
    forms: list(params, 'form', errors, (v) => (FORM_VERSIONS as readonly string[]).includes(v)),
  };
  const agencies = list(params, 'agencies', errors, (v) => TEXT.test(v), MAX_AGENCIES);
  const reportParam = params.get('report') ?? '';
  const report = /^[0-9a-f]{12}$/.test(reportParam) ? reportParam : '';
  if (reportParam && !report) errors.push('report');
  const metricParam = params.get('metric');
  const metric = metricParam && metricKey(metricParam) ? metricParam : DEFAULT_STATE.metric;
  if (metricParam && metric !== metricParam) errors.push('metric');
  const sqlParam = params.get('sql') ?? '';
  const sql = sqlParam.length <= MAX_SQL_CHARS ? sqlParam : '';
  if (sqlParam && !sql) errors.push('sql');
  const applicantParam = params.get('applicant');
  const applicant = applicantParam && (APPLICANT_MEASURES as readonly string[]).includes(applicantParam) ? applicantParam : DEFAULT_STATE.applicant;
  if (applicantParam && applicant !== applicantParam) errors.push('applicant');
  const shares = params.get('shares') === '1';
  const order = params.get('order') === 'form' ? 'form' : 'value';
  if (params.has('order') && params.get('order') !== 'form') errors.push('order');
  const log = params.get('scale') === 'log';
  if (params.has('scale') && !log) errors.push('scale');
  const indexed = params.get('index') === '1';
  // One entry per agency of the list: a year, or empty for the latest report.
  const atRaw = params.has('at') ? params.get('at')!.split(',').slice(0, agencies.length) : [];
  const at = atRaw.map((v) => (/^(19|20)\d{2}$/.test(v) ? Number(v) : null));
  if (atRaw.some((v) => v && !/^(19|20)\d{2}$/.test(v))) errors.push('at');
  const checkStatuses = params.has('checks')
    ? (list(params, 'checks', errors, (v) => (CHECK_STATUSES as readonly string[]).includes(v)) as CheckStatus[])
    : DEFAULT_STATE.checkStatuses;
  const flagParam = params.get('flag') ?? '';
  const flag = /^[a-z_]{1,40}$/.test(flagParam) ? flagParam : '';
  if (flagParam && !flag) errors.push('flag');
  const chartParam = params.get('chart') ?? '';
  const embed = params.get('embed') === '1' && /^[a-z0-9_-]{1,60}$/.test(chartParam) ? chartParam : '';
  if (params.has('embed') && !embed) errors.push('embed');
  return { state: { view, lang, filters, agencies, report, metric, sql, applicant, shares, order, log, indexed, at, checkStatuses, flag, embed }, errors };
}

export function toHash(s: AppState): string {
  const params = new URLSearchParams();
  if (s.lang !== 'zh') params.set('lang', s.lang);
  const put = (key: string, values: readonly (string | number)[]) => values.length && params.set(key, values.join(','));
  put('year', s.filters.years);
  put('province', s.filters.provinces);
  put('level', s.filters.levels);
  put('type', s.filters.agencyTypes);
  put('form', s.filters.forms);
  put('agencies', s.agencies);
  if (s.report) params.set('report', s.report);
  if (s.metric !== DEFAULT_STATE.metric) params.set('metric', s.metric);
  if (s.sql) params.set('sql', s.sql);
  if (s.applicant !== DEFAULT_STATE.applicant) params.set('applicant', s.applicant);
  if (s.shares) params.set('shares', '1');
  if (s.order !== 'value') params.set('order', s.order);
  if (s.log) params.set('scale', 'log');
  if (s.indexed) params.set('index', '1');
  const at = s.at.slice(0, s.agencies.length);
  if (at.some((y) => y !== null)) params.set('at', at.map((y) => y ?? '').join(','));
  if (s.checkStatuses.join() !== DEFAULT_STATE.checkStatuses.join()) params.set('checks', s.checkStatuses.join(','));
  if (s.flag) params.set('flag', s.flag);
  if (s.embed) {
    params.set('embed', '1');
    params.set('chart', s.embed);
  }
  const query = params.toString();
  return `#/${s.view}${query ? `?${query}` : ''}`;
}
