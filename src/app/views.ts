/**
 * The one list of views: the menu, the router and the browser tests all read it, so a view added here is
 * in the menu, reachable by link and walked by every test that visits "every view". Pure data (no React):
 * Node-side tests import it; src/app/viewComponents.tsx gives each id its component, checked by the type.
 */

/** URL parameters a view reads besides `lang` (src/app/route.ts parses them). */
export type ViewParam = 'year' | 'province' | 'level' | 'type' | 'form' | 'agencies' | 'metric' | 'applicant' | 'shares' | 'order' | 'scale' | 'index' | 'at' | 'report' | 'checks' | 'flag' | 'sql';

const FILTERS: readonly ViewParam[] = ['year', 'province', 'level', 'type', 'form'];

export interface ViewEntry {
  id: string;
  /** Its key in src/app/i18n.ts: the menu entry, the heading and the page title. */
  title: string;
  params: readonly ViewParam[];
  /** Draws at least one chart with the published dataset (tests check each one paints). */
  charts: boolean;
}

export const VIEW_REGISTRY = [
  { id: 'overview', title: 'overview', params: FILTERS, charts: true },
  { id: 'coverage', title: 'coverage', params: FILTERS, charts: false },
  { id: 'requests', title: 'requests', params: [...FILTERS, 'order', 'scale'], charts: true },
  { id: 'outcomes', title: 'outcomes', params: [...FILTERS, 'shares', 'order', 'scale'], charts: true },
  { id: 'procurement', title: 'procurement', params: [...FILTERS, 'order', 'scale'], charts: true },
  { id: 'actions', title: 'actions', params: [...FILTERS, 'order', 'scale'], charts: true },
  { id: 'appeals', title: 'appeals', params: [...FILTERS, 'order', 'scale'], charts: true },
  { id: 'trends', title: 'trends', params: [...FILTERS, 'agencies', 'metric', 'index'], charts: true },
  { id: 'compare', title: 'compare', params: ['agencies', 'at', 'applicant'], charts: false },
  { id: 'agency', title: 'agency', params: ['report'], charts: false },
  { id: 'quality', title: 'quality', params: [...FILTERS, 'checks', 'flag'], charts: false },
  { id: 'sql', title: 'sql', params: ['sql'], charts: false },
  { id: 'add', title: 'add', params: [], charts: false },
  { id: 'about', title: 'about', params: [], charts: false },
] as const satisfies readonly ViewEntry[];

export type View = (typeof VIEW_REGISTRY)[number]['id'];
export const VIEWS: readonly View[] = VIEW_REGISTRY.map((v) => v.id);

/** Whether the view reads the shared filters (and shows the filter bar). */
export const usesFilters = (view: View) => FILTERS.every((p) => (VIEW_REGISTRY.find((v) => v.id === view)!.params as readonly ViewParam[]).includes(p));
