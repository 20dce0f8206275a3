/**
 * The dataset keys (section, item, measure) of every form, as data/dictionary/form-dictionary.csv lists them
 * with their Chinese labels. Which label of a report reads as which key (the row matchers) is extraction
 * machinery: src/extract/rowMatchers.ts.
 */
import { type TableForm, TABLE_FORMS } from './forms';

export const APPLICANT_MEASURES = [
  'natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total',
] as const;

export const REVIEW_GROUPS = ['admin_review', 'litigation_direct', 'litigation_after_review'] as const;
export const REVIEW_MEASURES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

/** Rows of table 三 in official order; the `other_*` rows replace `other_handling` where a 2021 report splits it. */
export const APPLICATION_ITEMS = [
  'new_received', 'carried_over', 'disclosed', 'partially_disclosed',
  'withheld_state_secret', 'withheld_prohibited_by_law', 'withheld_security_stability', 'withheld_third_party',
  'withheld_internal_affairs', 'withheld_process_info', 'withheld_enforcement_files', 'withheld_query_matter',
  'unable_not_held', 'unable_needs_creation', 'unable_unclear',
  'not_processed_complaint', 'not_processed_duplicate', 'not_processed_publication', 'not_processed_excessive',
  'not_processed_confirmation', 'other_handling', 'other_no_correction', 'other_unpaid_fees', 'other_other',
  'total_handled', 'carried_forward',
] as const;
export type ApplicationItem = (typeof APPLICATION_ITEMS)[number];

/** The rows of table 三 that are not outcomes: 本年新收 + 上年结转 = 办理总计 + 结转下年度. */
export const BALANCE_ITEMS: readonly string[] = ['new_received', 'carried_over', 'total_handled', 'carried_forward'];

export const OTHER_SPLIT_ITEMS: readonly string[] = ['other_no_correction', 'other_unpaid_fees', 'other_other'];

/** Official row order of table 三 for a form variant. */
export function applicationOrder(splitOther: boolean): string[] {
  return APPLICATION_ITEMS.filter((item) => (splitOther ? item !== 'other_handling' : !OTHER_SPLIT_ITEMS.includes(item)));
}

/** Outcome rows of table 三 that add up to （七）总计. */
export function outcomeItems(splitOther: boolean): string[] {
  const order = applicationOrder(splitOther);
  return order.slice(order.indexOf('disclosed'), order.indexOf('total_handled'));
}

const DOCS_2019 = ['new_made', 'new_published', 'total_published'];
const DOCS_2021 = ['issued', 'repealed', 'in_force'];
const ITEMS_2019 = ['prev_year_items', 'change', 'decisions'];

/** Rows of table 二 (主动公开) with their columns in each form (none: the form lacks the row), in the order pages list them. */
export const ACTIVE_ITEMS = [
  { item: 'other_documents', measures: { '2019': DOCS_2019, '2021': [] } },
  { item: 'other_services', measures: { '2019': ITEMS_2019, '2021': [] } },
  { item: 'normative_documents', measures: { '2019': DOCS_2019, '2021': DOCS_2021 } },
  { item: 'rules', measures: { '2019': DOCS_2019, '2021': DOCS_2021 } },
  { item: 'licensing', measures: { '2019': ITEMS_2019, '2021': ['decisions'] } },
  { item: 'penalty', measures: { '2019': ITEMS_2019, '2021': ['decisions'] } },
  { item: 'coercion', measures: { '2019': ITEMS_2019, '2021': ['decisions'] } },
  { item: 'fees', measures: { '2019': ['prev_year_items', 'change'], '2021': ['amount_10k_yuan'] } },
  { item: 'procurement', measures: { '2019': ['items', 'amount_10k_yuan'], '2021': [] } },
] as const satisfies readonly { item: string; measures: Record<TableForm, readonly string[]> }[];
export type ActiveItem = (typeof ACTIVE_ITEMS)[number]['item'];

/**
 * Rows of the national pre-2019 统计表 (主动公开信息数 … 行政诉讼数). Templates differ by year (2008–2013:
 * 传真 / 电子邮件 / 其它形式 rows, 否决公开; 2014–2018: 信函、传真 in one row, 不予公开, 其他类型答复, 收费减免金额).
 * `parent`: a 其中 row, part of that row (never more than it, column by column).
 */
export interface Pre2019Key {
  section: 'active_volume' | 'pre2019';
  item: string;
  parent?: string;
  /** Amounts in 元 (measures amount_yuan / cumulative_amount_yuan); every other row counts items. */
  money?: boolean;
}

/** In the order the extractor tries their labels (specific before general). */
export const PRE2019_KEYS = [
  { section: 'pre2019', item: 'replies_partially_disclosed', parent: 'replies' },
  { section: 'pre2019', item: 'replies_disclosed', parent: 'replies' },
  { section: 'pre2019', item: 'replies_refused', parent: 'replies' },
  { section: 'pre2019', item: 'replies_other', parent: 'replies' },
  { section: 'pre2019', item: 'replies' },
  { section: 'pre2019', item: 'requests_in_person', parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_letter_fax', parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_fax', parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_email', parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_online', parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_letter', parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_other_channel', parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_received' },
  { section: 'active_volume', item: 'website', parent: 'total' },
  { section: 'active_volume', item: 'gazette', parent: 'total' },
  { section: 'active_volume', item: 'total' },
  { section: 'pre2019', item: 'disclosure_fees', money: true },
  { section: 'pre2019', item: 'litigation_reports_received' },
  { section: 'pre2019', item: 'complaints' },
  { section: 'pre2019', item: 'admin_review' },
  { section: 'pre2019', item: 'litigation' },
] as const satisfies readonly Pre2019Key[];
export type Pre2019Item = (typeof PRE2019_KEYS)[number]['item'];

/** The table's two value columns: 本年度 (YYYY年度) and 历年累计. */
export function pre2019Measures(row: Pre2019Key): [string, string] {
  return row.money ? ['amount_yuan', 'cumulative_amount_yuan'] : ['count', 'cumulative'];
}

/** section.item.measure of every key, with the forms that have it. */
export const DATASET_KEYS: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ...ACTIVE_ITEMS.flatMap((row) =>
    TABLE_FORMS.flatMap((form) => row.measures[form].map((m) => [`active.${row.item}.${m}`, form] as const)),
  ).reduce((acc, [key, form]) => acc.set(key, [...(acc.get(key) ?? []), form]), new Map<string, string[]>()),
  ...APPLICATION_ITEMS.flatMap((item) =>
    APPLICANT_MEASURES.map((m) => [`applications.${item}.${m}`, item.startsWith('other_') && item !== 'other_handling' ? ['2021'] : ['2019', '2021']] as [string, string[]]),
  ),
  ...REVIEW_GROUPS.flatMap((g) => REVIEW_MEASURES.map((m) => [`review_litigation.${g}.${m}`, ['2019', '2021']] as [string, string[]])),
  ['active_volume.total.count', ['pre2019', '2019', '2021']],
  ['active_volume.public_interest.count', ['pre2019']],
  ['active_volume.other.count', ['pre2019']],
  ['processing_fees.charged.amount_yuan', ['2021']],
  ['processing_fees.charged.cases', ['2021']],
  // The pre-2019 统计表 (its 主动公开 本年度 cell is active_volume.total.count, above).
  ...PRE2019_KEYS.flatMap((row) => pre2019Measures(row).map((m) => [`${row.section}.${row.item}.${m}`, ['pre2019']] as [string, string[]]))
    .filter(([key]) => key !== 'active_volume.total.count'),
]);

export type ValueKind = 'count' | 'signed' | 'money_10k' | 'money_yuan';

export function valueKind(measure: string): ValueKind {
  if (measure === 'change') return 'signed';
  if (measure === 'amount_10k_yuan') return 'money_10k';
  if (measure === 'amount_yuan' || measure === 'cumulative_amount_yuan') return 'money_yuan';
  return 'count';
}

/** Canonical unit written to facts.unit for a measure. */
export function canonicalUnit(measure: string): string {
  const kind = valueKind(measure);
  return kind === 'money_10k' ? '万元' : kind === 'money_yuan' ? '元' : 'count';
}
