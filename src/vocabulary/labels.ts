/** Names of the dataset keys in Chinese (the official form's wording) and English. */
type Label = { zh: string; en: string };

export const ITEM_LABELS: Record<string, Label> = {
  new_received: { zh: '本年新收申请', en: 'New requests' },
  carried_over: { zh: '上年结转', en: 'Carried over from last year' },
  disclosed: { zh: '予以公开', en: 'Disclosed' },
  partially_disclosed: { zh: '部分公开', en: 'Partially disclosed' },
  withheld_state_secret: { zh: '不予公开·国家秘密', en: 'Withheld: state secret' },
  withheld_prohibited_by_law: { zh: '不予公开·法律行政法规禁止', en: 'Withheld: prohibited by law' },
  withheld_security_stability: { zh: '不予公开·危及“三安全一稳定”', en: 'Withheld: security and stability' },
  withheld_third_party: { zh: '不予公开·保护第三方合法权益', en: 'Withheld: third-party rights' },
  withheld_internal_affairs: { zh: '不予公开·三类内部事务信息', en: 'Withheld: internal affairs' },
  withheld_process_info: { zh: '不予公开·四类过程性信息', en: 'Withheld: process information' },
  withheld_enforcement_files: { zh: '不予公开·行政执法案卷', en: 'Withheld: enforcement files' },
  withheld_query_matter: { zh: '不予公开·行政查询事项', en: 'Withheld: query matter' },
  unable_not_held: { zh: '无法提供·本机关不掌握', en: 'Unable: not held' },
  unable_needs_creation: { zh: '无法提供·需另行制作', en: 'Unable: would need creating' },
  unable_unclear: { zh: '无法提供·补正后仍不明确', en: 'Unable: unclear after correction' },
  not_processed_complaint: { zh: '不予处理·信访举报投诉类', en: 'Not processed: complaint' },
  not_processed_duplicate: { zh: '不予处理·重复申请', en: 'Not processed: duplicate' },
  not_processed_publication: { zh: '不予处理·要求提供公开出版物', en: 'Not processed: publication' },
  not_processed_excessive: { zh: '不予处理·无正当理由大量反复申请', en: 'Not processed: excessive' },
  not_processed_confirmation: { zh: '不予处理·要求确认或重新出具', en: 'Not processed: confirmation' },
  other_handling: { zh: '其他处理', en: 'Other handling' },
  other_no_correction: { zh: '其他处理·逾期不补正', en: 'Other: no correction' },
  other_unpaid_fees: { zh: '其他处理·逾期未缴费', en: 'Other: fees unpaid' },
  other_other: { zh: '其他处理·其他', en: 'Other: other' },
  outcome_disclosed: { zh: '予以公开', en: 'Disclosed' },
  outcome_partially_disclosed: { zh: '部分公开', en: 'Partially disclosed' },
  outcome_withheld: { zh: '不予公开（合计）', en: 'Withheld (all reasons)' },
  outcome_unable: { zh: '无法提供（合计）', en: 'Unable to provide (all)' },
  outcome_not_processed: { zh: '不予处理（合计）', en: 'Not processed (all)' },
  outcome_other: { zh: '其他处理（合计）', en: 'Other handling (all)' },
  total_handled: { zh: '办理结果总计', en: 'Total handled' },
  carried_forward: { zh: '结转下年度', en: 'Carried forward' },
  rules: { zh: '规章', en: 'Rules' },
  normative_documents: { zh: '规范性文件', en: 'Normative documents' },
  other_documents: { zh: '其他主动公开文件', en: 'Other documents' },
  licensing: { zh: '行政许可', en: 'Licensing' },
  other_services: { zh: '其他对外管理服务事项', en: 'Other services' },
  penalty: { zh: '行政处罚', en: 'Penalties' },
  coercion: { zh: '行政强制', en: 'Coercion' },
  fees: { zh: '行政事业性收费', en: 'Administrative fees' },
  procurement: { zh: '政府集中采购', en: 'Central procurement' },
  admin_review: { zh: '行政复议', en: 'Administrative review' },
  litigation_direct: { zh: '行政诉讼·未经复议直接起诉', en: 'Lawsuits, direct' },
  litigation_after_review: { zh: '行政诉讼·复议后起诉', en: 'Lawsuits after review' },
  total: { zh: '总计', en: 'Total' },
  public_interest: { zh: '与公众密切相关的信息', en: 'Of close public interest' },
  other: { zh: '其他类信息', en: 'Other information' },
  charged: { zh: '信息处理费', en: 'Processing fees' },
  // The pre-2019 统计表 (section pre2019 and active_volume).
  website: { zh: '其中：网站公开', en: 'of which on the website' },
  gazette: { zh: '其中：政府公报公开', en: 'of which in the gazette' },
  requests_received: { zh: '受理依申请公开信息总数', en: 'Requests accepted' },
  requests_in_person: { zh: '其中：当面申请', en: 'of which in person' },
  requests_fax: { zh: '其中：传真申请', en: 'of which by fax' },
  requests_email: { zh: '其中：电子邮件申请', en: 'of which by e-mail' },
  requests_online: { zh: '其中：网上申请', en: 'of which online' },
  requests_letter: { zh: '其中：信函申请', en: 'of which by letter' },
  requests_letter_fax: { zh: '其中：信函、传真申请', en: 'of which by letter or fax' },
  requests_other_channel: { zh: '其中：其它形式申请', en: 'of which by other means' },
  replies: { zh: '对申请的答复数', en: 'Replies' },
  replies_disclosed: { zh: '其中：同意公开答复', en: 'Replies: disclosed' },
  replies_partially_disclosed: { zh: '其中：同意部分公开答复', en: 'Replies: partially disclosed' },
  replies_refused: { zh: '其中：否决/不予公开答复', en: 'Replies: refused' },
  replies_other: { zh: '其中：其他类型答复', en: 'Replies: other' },
  litigation: { zh: '行政诉讼', en: 'Lawsuits' },
  complaints: { zh: '行政申诉、举报', en: 'Complaints and reports' },
  litigation_reports_received: { zh: '接受行政诉讼、举报', en: 'Lawsuits and reports received' },
  disclosure_fees: { zh: '政府信息公开收费减免金额', en: 'Disclosure fees charged or waived' },
};

export const MEASURE_LABELS: Record<string, Label> = {
  natural_person: { zh: '自然人', en: 'Natural persons' },
  commercial: { zh: '商业企业', en: 'Businesses' },
  research: { zh: '科研机构', en: 'Research institutions' },
  social_welfare: { zh: '社会公益组织', en: 'Public-interest groups' },
  legal_service: { zh: '法律服务机构', en: 'Legal services' },
  other_org: { zh: '其他', en: 'Other organisations' },
  total: { zh: '总计', en: 'Total' },
  upheld: { zh: '结果维持', en: 'Upheld' },
  corrected: { zh: '结果纠正', en: 'Corrected' },
  other: { zh: '其他结果', en: 'Other result' },
  pending: { zh: '尚未审结', en: 'Pending' },
  new_made: { zh: '本年新制作数量', en: 'Made this year' },
  new_published: { zh: '本年新公开数量', en: 'Published this year' },
  total_published: { zh: '对外公开总数量', en: 'Published in total' },
  issued: { zh: '本年制发件数', en: 'Issued' },
  repealed: { zh: '本年废止件数', en: 'Repealed' },
  in_force: { zh: '现行有效件数', en: 'In force' },
  prev_year_items: { zh: '上一年项目数量', en: 'Items last year' },
  change: { zh: '本年增/减', en: 'Change' },
  decisions: { zh: '处理决定数量', en: 'Decisions' },
  items: { zh: '采购项目数量', en: 'Items' },
  amount_10k_yuan: { zh: '金额（万元）', en: 'Amount (10k yuan)' },
  amount_yuan: { zh: '金额（元）', en: 'Amount (yuan)' },
  cases: { zh: '件数', en: 'Cases' },
  count: { zh: '数量', en: 'Count' },
  cumulative: { zh: '历年累计', en: 'Cumulative, all years' },
  cumulative_amount_yuan: { zh: '历年累计金额（元）', en: 'Cumulative amount (yuan)' },
};

/** The form's sections (its tables), as Trends groups the keys. */
export const SECTION_LABELS: Record<string, Label> = {
  active: { zh: '二、主动公开', en: 'II. Proactive disclosure' },
  applications: { zh: '三、依申请公开', en: 'III. Information requests' },
  review_litigation: { zh: '四、复议与诉讼', en: 'IV. Review and litigation' },
  active_volume: { zh: '主动公开信息数量（2019 年前）', en: 'Items proactively disclosed (before 2019)' },
  processing_fees: { zh: '信息处理费', en: 'Processing fees' },
  pre2019: { zh: '政府信息公开情况统计表（2019 年前）', en: 'Statistics table (before 2019)' },
};

/** Outcomes of a consistency check (勾稽关系). */
export const CHECK_STATUS_LABELS: Record<string, Label> = {
  fail: { zh: '不符', en: 'fail' },
  pass: { zh: '相符', en: 'pass' },
  not_assessable: { zh: '无法核对', en: 'not assessable' },
};

/** The official form a report uses (reports.form_version). */
export const FORM_LABELS: Record<string, Label> = {
  pre2019: { zh: '2019 年前表式', en: 'pre-2019 form' },
  '2019': { zh: '2019 年表式', en: '2019 form' },
  '2021': { zh: '2021 年表式', en: '2021 form' },
};

/** Administrative levels (reports.admin_level). */
export const LEVEL_LABELS: Record<string, Label> = {
  province: { zh: '省级', en: 'province' },
  city: { zh: '市级', en: 'city' },
  county: { zh: '县级', en: 'county' },
};

/** A fact's status (facts.status). */
export const FACT_STATUS_LABELS: Record<string, Label> = {
  reported: { zh: '已填报', en: 'reported' },
  blank: { zh: '空白', en: 'blank' },
  unreadable: { zh: '无法识别', en: 'unreadable' },
};

/** Where a number came from, when it is not the report's table (charts say so in their tooltips). */
export const ORIGIN_LABELS: Record<string, Label> = {
  table: { zh: '表格', en: 'table' },
  corrected: { zh: '已更正', en: 'corrected' },
  narrative: { zh: '正文陈述', en: 'stated in the text' },
  derived: { zh: '推算', en: 'derived' },
};

export function label(map: Record<string, Label>, key: string, lang: 'zh' | 'en'): string {
  return map[key]?.[lang] ?? key;
}
