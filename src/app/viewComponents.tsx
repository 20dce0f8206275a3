/** Each registered view's component (src/app/views.ts): the type makes a view without one a build error. */
import type { ComponentType } from 'react';
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
import type { View } from './views';

export const VIEW_COMPONENTS: Record<View, ComponentType<ViewProps>> = {
  overview: Overview, coverage: Coverage, requests: Requests, outcomes: Outcomes, procurement: Procurement, actions: Actions, appeals: Appeals,
  trends: Trends, compare: Compare, agency: AgencyReport, quality: Quality, sql: SqlView, add: AddReport, about: About,
};
