/**
 * Which printed label reads as which row of the form (keys: src/vocabulary/keys.ts). Matchers run on the
 * compact label (see text/normalize.ts: NFKC, no whitespace); they are tried from most to least specific,
 * because labels of real reports quote each other (000's 其他对外管理服务事项 row lists 行政处罚、行政强制 in
 * its parenthesis). A key the vocabulary gains without a matcher here fails to compile.
 */
import {
  ACTIVE_ITEMS, type ActiveItem, type ApplicationItem, PRE2019_KEYS, type Pre2019Item, type Pre2019Key,
} from '../vocabulary';

/** Labels of table 三's rows. */
export const APPLICATION_MATCHERS: Record<ApplicationItem, RegExp> = {
  new_received: /本年新收/,
  carried_over: /上年结转/,
  disclosed: /予以公开/,
  partially_disclosed: /部分公开/,
  withheld_state_secret: /国家秘密/,
  withheld_prohibited_by_law: /禁止公开/,
  withheld_security_stability: /三安全|一稳定/,
  withheld_third_party: /第三方/,
  withheld_internal_affairs: /内部事务/,
  withheld_process_info: /过程性/,
  withheld_enforcement_files: /执法案卷/,
  withheld_query_matter: /查询事项/,
  unable_not_held: /不掌握/,
  unable_needs_creation: /另行制作|现成信息/,
  unable_unclear: /仍不明确|补正后申请/,
  not_processed_complaint: /信访|举报投诉/,
  not_processed_duplicate: /重复申请/,
  not_processed_publication: /出版物/,
  not_processed_excessive: /大量反复/,
  not_processed_confirmation: /重新出具|确认或/,
  other_handling: /其他处理$|\(六\)$/,
  other_no_correction: /逾期不补正/,
  other_unpaid_fees: /缴纳费用|收费通知/,
  other_other: /(^|[^\d])3[.、]?其他$/,
  total_handled: /总计$/,
  carried_forward: /结转下年/,
};

/** Specific rows are tried first: a label holding a group name and a sub-item names the sub-item. */
export const APPLICATION_MATCH_ORDER: ApplicationItem[] = [
  'new_received', 'carried_over', 'carried_forward',
  'withheld_state_secret', 'withheld_prohibited_by_law', 'withheld_security_stability', 'withheld_third_party',
  'withheld_internal_affairs', 'withheld_process_info', 'withheld_enforcement_files', 'withheld_query_matter',
  'unable_not_held', 'unable_needs_creation', 'unable_unclear',
  'not_processed_excessive', 'not_processed_complaint', 'not_processed_duplicate', 'not_processed_publication',
  'not_processed_confirmation', 'other_no_correction', 'other_unpaid_fees', 'other_other',
  'partially_disclosed', 'disclosed', 'other_handling', 'total_handled',
];

const ACTIVE_MATCHERS: Record<ActiveItem, RegExp> = {
  other_documents: /其他主动公开文件/,
  other_services: /其他对外管理服务/,
  normative_documents: /规范性文件/,
  rules: /^规章/,
  licensing: /^行政许可/,
  penalty: /^行政处罚/,
  coercion: /^行政强制/,
  fees: /^行政事业性收费/,
  procurement: /集中采购/,
};

/** Rows of table 二 (主动公开), in matching order. */
export const ACTIVE_ROWS = ACTIVE_ITEMS.map((row) => ({ ...row, match: ACTIVE_MATCHERS[row.item] }));

/**
 * Labels of the pre-2019 统计表's rows, over the label as printed (whitespace between CJK characters removed,
 * NFKC). A row the table lacks produces no fact. The alternation of all of them takes the first that fits, so
 * PRE2019_KEYS lists specific labels first.
 */
const PRE2019_MATCHERS: Record<Pre2019Item, RegExp> = {
  replies_partially_disclosed: /同意部分公开答复数/,
  replies_disclosed: /同意公开答复数/,
  replies_refused: /(?:否决|不予|不同意)公开答复数/,
  replies_other: /其[他它]类型答复数/,
  replies: /对(?:依)?申请的答复总?数/,
  requests_in_person: /当面申请数/,
  requests_letter_fax: /信函、?传真申请数/,
  requests_fax: /传真申请数/,
  requests_email: /电子邮件申请数/,
  requests_online: /网上申请数/,
  requests_letter: /信函申请数/,
  requests_other_channel: /其[它他]形式申请数/,
  requests_received: /受理(?:依申请公开信息|政府信息依申请公开|政府信息公开申请)总?数/,
  website: /(?:政府)?网站公开数?/,
  gazette: /政府公报公开数?/,
  total: /主动公开(?:政府)?(?:信息|文件)数/,
  disclosure_fees: /(?:政府信息公开|依申请公开)收费(?:及?减免)?(?:金额|总?额)/,
  litigation_reports_received: /接受行政诉讼、?举报数/,
  complaints: /行政申诉(?:、?举报)?数/,
  admin_review: /行政复议数/,
  litigation: /行政诉讼数/,
};

export interface Pre2019RowDef extends Pre2019Key {
  match: RegExp;
}

export const PRE2019_ROWS: Pre2019RowDef[] = PRE2019_KEYS.map((row) => ({ ...row, match: PRE2019_MATCHERS[row.item] }));
