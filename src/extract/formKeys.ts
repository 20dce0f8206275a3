/**
 * The official rows and columns of the 2019 and 2021 forms, keyed as in data/dictionary/form-dictionary.csv.
 * Row matchers run on the compact label (see text/normalize.ts: NFKC, no whitespace); they are ordered from
 * most to least specific, because labels of real reports quote each other (000's 其他对外管理服务事项 row
 * lists 行政处罚、行政强制 in its parenthesis).
 */
import type { FormVersion } from './types';

export const APPLICANT_MEASURES = [
  'natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other_org', 'total',
] as const;

export const REVIEW_GROUPS = ['admin_review', 'litigation_direct', 'litigation_after_review'] as const;
export const REVIEW_MEASURES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

export interface RowDef {
  item: string;
  match: RegExp;
}

/** Rows of table 三 in official order; `other_*` rows replace `other_handling` where a 2021 report splits it. */
export const APPLICATION_ROWS: RowDef[] = [
  { item: 'new_received', match: /本年新收/ },
  { item: 'carried_over', match: /上年结转/ },
  { item: 'disclosed', match: /予以公开/ },
  { item: 'partially_disclosed', match: /部分公开/ },
  { item: 'withheld_state_secret', match: /国家秘密/ },
  { item: 'withheld_prohibited_by_law', match: /禁止公开/ },
  { item: 'withheld_security_stability', match: /三安全|一稳定/ },
  { item: 'withheld_third_party', match: /第三方/ },
  { item: 'withheld_internal_affairs', match: /内部事务/ },
  { item: 'withheld_process_info', match: /过程性/ },
  { item: 'withheld_enforcement_files', match: /执法案卷/ },
  { item: 'withheld_query_matter', match: /查询事项/ },
  { item: 'unable_not_held', match: /不掌握/ },
  { item: 'unable_needs_creation', match: /另行制作|现成信息/ },
  { item: 'unable_unclear', match: /仍不明确|补正后申请/ },
  { item: 'not_processed_complaint', match: /信访|举报投诉/ },
  { item: 'not_processed_duplicate', match: /重复申请/ },
  { item: 'not_processed_publication', match: /出版物/ },
  { item: 'not_processed_excessive', match: /大量反复/ },
  { item: 'not_processed_confirmation', match: /重新出具|确认或/ },
  { item: 'other_handling', match: /其他处理$|\(六\)$/ },
  { item: 'other_no_correction', match: /逾期不补正/ },
  { item: 'other_unpaid_fees', match: /缴纳费用|收费通知/ },
  { item: 'other_other', match: /(^|[^\d])3[.、]?其他$/ },
  { item: 'total_handled', match: /总计$/ },
  { item: 'carried_forward', match: /结转下年/ },
];

/** Specific rows are tried first: a label holding a group name and a sub-item names the sub-item. */
export const APPLICATION_MATCH_ORDER: string[] = [
  'new_received', 'carried_over', 'carried_forward',
  'withheld_state_secret', 'withheld_prohibited_by_law', 'withheld_security_stability', 'withheld_third_party',
  'withheld_internal_affairs', 'withheld_process_info', 'withheld_enforcement_files', 'withheld_query_matter',
  'unable_not_held', 'unable_needs_creation', 'unable_unclear',
  'not_processed_excessive', 'not_processed_complaint', 'not_processed_duplicate', 'not_processed_publication',
  'not_processed_confirmation', 'other_no_correction', 'other_unpaid_fees', 'other_other',
  'partially_disclosed', 'disclosed', 'other_handling', 'total_handled',
];

export const OTHER_SPLIT_ITEMS = ['other_no_correction', 'other_unpaid_fees', 'other_other'];

/** Official row order of table 三 for a form variant. */
export function applicationOrder(splitOther: boolean): string[] {
  return APPLICATION_ROWS.map((r) => r.item).filter((item) =>
    splitOther ? item !== 'other_handling' : !OTHER_SPLIT_ITEMS.includes(item),
  );
}

/** Outcome rows of table 三 that add up to （七）总计. */
export function outcomeItems(splitOther: boolean): string[] {
  const order = applicationOrder(splitOther);
  return order.slice(order.indexOf('disclosed'), order.indexOf('total_handled'));
}

export interface ActiveRowDef extends RowDef {
  measures: Record<Exclude<FormVersion, 'pre2019'>, string[]>;
}

const DOCS_2019 = ['new_made', 'new_published', 'total_published'];
const DOCS_2021 = ['issued', 'repealed', 'in_force'];
const ITEMS_2019 = ['prev_year_items', 'change', 'decisions'];

/** Rows of table 二 (主动公开), in matching order. */
export const ACTIVE_ROWS: ActiveRowDef[] = [
  { item: 'other_documents', match: /其他主动公开文件/, measures: { '2019': DOCS_2019, '2021': [] } },
  { item: 'other_services', match: /其他对外管理服务/, measures: { '2019': ITEMS_2019, '2021': [] } },
  { item: 'normative_documents', match: /规范性文件/, measures: { '2019': DOCS_2019, '2021': DOCS_2021 } },
  { item: 'rules', match: /^规章/, measures: { '2019': DOCS_2019, '2021': DOCS_2021 } },
  { item: 'licensing', match: /^行政许可/, measures: { '2019': ITEMS_2019, '2021': ['decisions'] } },
  { item: 'penalty', match: /^行政处罚/, measures: { '2019': ITEMS_2019, '2021': ['decisions'] } },
  { item: 'coercion', match: /^行政强制/, measures: { '2019': ITEMS_2019, '2021': ['decisions'] } },
  { item: 'fees', match: /^行政事业性收费/, measures: { '2019': ['prev_year_items', 'change'], '2021': ['amount_10k_yuan'] } },
  { item: 'procurement', match: /集中采购/, measures: { '2019': ['items', 'amount_10k_yuan'], '2021': [] } },
];

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

/**
 * Rows of the national pre-2019 统计表 (主动公开信息数 … 行政诉讼数), one regex per row over the label as
 * printed (whitespace between CJK characters removed, NFKC). Templates differ by year (2008–2013: 传真 / 电子邮件
 * / 其它形式 rows, 否决公开; 2014–2018: 信函、传真 in one row, 不予公开, 其他类型答复, 收费减免金额), so a row
 * the table lacks produces no fact. Specific labels come first: the alternation takes the first that fits.
 * `parent`: a 其中 row, part of that row (never more than it, column by column).
 */
export interface Pre2019RowDef {
  section: 'active_volume' | 'pre2019';
  item: string;
  match: RegExp;
  parent?: string;
  /** Amounts in 元 (measures amount_yuan / cumulative_amount_yuan); every other row counts items. */
  money?: boolean;
}

export const PRE2019_ROWS: Pre2019RowDef[] = [
  { section: 'pre2019', item: 'replies_partially_disclosed', match: /同意部分公开答复数/, parent: 'replies' },
  { section: 'pre2019', item: 'replies_disclosed', match: /同意公开答复数/, parent: 'replies' },
  { section: 'pre2019', item: 'replies_refused', match: /(?:否决|不予|不同意)公开答复数/, parent: 'replies' },
  { section: 'pre2019', item: 'replies_other', match: /其[他它]类型答复数/, parent: 'replies' },
  { section: 'pre2019', item: 'replies', match: /对(?:依)?申请的答复总?数/ },
  { section: 'pre2019', item: 'requests_in_person', match: /当面申请数/, parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_letter_fax', match: /信函、?传真申请数/, parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_fax', match: /传真申请数/, parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_email', match: /电子邮件申请数/, parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_online', match: /网上申请数/, parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_letter', match: /信函申请数/, parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_other_channel', match: /其[它他]形式申请数/, parent: 'requests_received' },
  { section: 'pre2019', item: 'requests_received', match: /受理(?:依申请公开信息|政府信息依申请公开|政府信息公开申请)总?数/ },
  { section: 'active_volume', item: 'website', match: /(?:政府)?网站公开数?/, parent: 'total' },
  { section: 'active_volume', item: 'gazette', match: /政府公报公开数?/, parent: 'total' },
  { section: 'active_volume', item: 'total', match: /主动公开(?:政府)?(?:信息|文件)数/ },
  { section: 'pre2019', item: 'disclosure_fees', match: /(?:政府信息公开|依申请公开)收费(?:及?减免)?(?:金额|总?额)/, money: true },
  { section: 'pre2019', item: 'litigation_reports_received', match: /接受行政诉讼、?举报数/ },
  { section: 'pre2019', item: 'complaints', match: /行政申诉(?:、?举报)?数/ },
  { section: 'pre2019', item: 'admin_review', match: /行政复议数/ },
  { section: 'pre2019', item: 'litigation', match: /行政诉讼数/ },
];

/** The table's two value columns: 本年度 (YYYY年度) and 历年累计. */
export function pre2019Measures(row: Pre2019RowDef): [string, string] {
  return row.money ? ['amount_yuan', 'cumulative_amount_yuan'] : ['count', 'cumulative'];
}
