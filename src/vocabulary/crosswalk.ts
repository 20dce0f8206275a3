/**
 * Keys of the pre-2019 统计表 that mean the same as a 2019/2021 key, and only those: a series that crosses
 * 2019 (Trends: 平潭 2011–2023) joins them and marks the change. This is the one source: scripts/extract.ts
 * writes it out as data/dictionary/crosswalk.csv for researchers (crosswalkCsv); every row's `note` says how
 * the definitions differ.
 * Rows left out on purpose: 否决/不予公开答复数 (the 2019 form splits refusals into eight reasons), 行政诉讼数
 * (split into 未经复议直接起诉 / 复议后起诉), the channel rows (no channel in the 2019 form), 历年累计 columns.
 */
import Papa from 'papaparse';
import type { TableForm } from './forms';

export interface CrosswalkRow {
  /** `section.item.measure` of the pre-2019 form. */
  from: string;
  /** `section.item.measure` in the 2019 and 2021 forms. */
  to: string;
  toForms: readonly TableForm[];
  /** `differs`: one series, drawn with a mark where the definition changes. */
  definition: 'same' | 'differs';
  note: string;
}

const BOTH = ['2019', '2021'] as const satisfies readonly TableForm[];

export const CROSSWALK: readonly CrosswalkRow[] = [
  {
    from: 'active_volume.total.count', to: 'active_volume.total.count', toForms: BOTH, definition: 'differs',
    note: 'One key in every form. Pre-2019 it is the 统计表 row 主动公开信息数 (2008–2013 template; 主动公开文件数 from 2014: documents rather than items) or the narrative; from 2019 the forms have no such row and it comes from the narrative only (主动公开政府信息N条). Tables and narratives of one report can disagree (平潭 2012: table 739, narrative 1913); both are kept and flagged narrative_conflict.',
  },
  {
    from: 'pre2019.requests_received.count', to: 'applications.new_received.total', toForms: BOTH, definition: 'differs',
    note: '受理依申请公开信息总数 counts the requests accepted (受理) in the year; the old table has no 上年结转 row, so whether a request carried over from the year before is counted again is not defined. 本年新收 (2019 form on) counts requests received in the year and excludes the carried-over ones (they are 上年结转 carried_over); requests received but not accepted count in 本年新收 (under 不予处理 or 其他处理). Draw one series, marked where the definition changes at 2019.',
  },
  {
    from: 'pre2019.replies.count', to: 'applications.total_handled.total', toForms: BOTH, definition: 'differs',
    note: '对申请的答复数 counts answers given in the year; 办理总计 counts requests whose handling ended in the year (outcomes 予以公开 to 其他处理), carried-over requests included and requests still pending (结转下年度) excluded.',
  },
  {
    from: 'pre2019.replies_disclosed.count', to: 'applications.disclosed.total', toForms: BOTH, definition: 'differs',
    note: '同意公开 answers vs 予以公开 outcomes: the same outcome (disclosed in full); the old count is of answers given in the year, the new one of requests handled in the year.',
  },
  {
    from: 'pre2019.replies_partially_disclosed.count', to: 'applications.partially_disclosed.total', toForms: BOTH, definition: 'differs',
    note: '同意部分公开 vs 部分公开: from 2019 a request handled partly (区分处理) is counted here only and in no other outcome row; the old template gives no such rule.',
  },
  {
    from: 'pre2019.admin_review.count', to: 'review_litigation.admin_review.total', toForms: BOTH, definition: 'differs',
    note: '行政复议数 counts administrative reviews concerning disclosure in the year; from 2019 the 总计 of 行政复议 adds 结果维持 + 结果纠正 + 其他结果 + 尚未审结 for reviews of the body\'s disclosure work.',
  },
];

/** The 2019/2021 key a pre-2019 key is drawn with, if its meaning is the same. */
export function crosswalkTo(fromKey: string): CrosswalkRow | undefined {
  return CROSSWALK.find((row) => row.from === fromKey);
}

/** The published copy, data/dictionary/crosswalk.csv (columns from_key, to_key, to_forms, definition, note). */
export function crosswalkCsv(): string {
  const data = CROSSWALK.map((r) => [r.from, r.to, r.toForms.join(' '), r.definition, r.note]);
  // Every note quoted, as the file was first written by hand.
  return `from_key,to_key,to_forms,definition,note\n${Papa.unparse(data, { newline: '\n', quotes: [false, false, false, false, true] })}\n`;
}
