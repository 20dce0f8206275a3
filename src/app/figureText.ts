/** How a view words a doubtful figure (src/data/figureMarks.ts states the rules), in the page's language. */
import { ITEM_LABELS, label, MEASURE_LABELS } from '../vocabulary';
import type { FailedCheck } from '../data/figureMarks';
import { type Lang, formatNumber } from './i18n';

export const WARN = '⚠';

/** A number printed without a unit, written where a view states one: `56,700（未注明单位）`. */
export function unitlessText(value: number | null, lang: Lang): string {
  return `${formatNumber(value, lang, 4)}${lang === 'zh' ? '（未注明单位）' : ' (unit not stated)'}`;
}

/** What a failed check compared, with both sides' numbers: `行政复议：总计印为 0，各项结果之和为 11`. */
export function checkText(c: FailedCheck, lang: Lang): string {
  const zh = lang === 'zh';
  const [e, a] = [formatNumber(c.expected, lang, 4), formatNumber(c.actual, lang, 4)];
  const parts = c.check.split('.');
  const [family, kind] = parts;
  const last = parts[parts.length - 1];
  const item = (k: string) => label(ITEM_LABELS, k, lang);
  const measure = label(MEASURE_LABELS, last, lang);
  if (family === 'review_litigation' && kind === 'sum') {
    return zh ? `${item(last)}：总计印为 ${e}，各项结果之和为 ${a}` : `${item(last)}: the total is printed as ${e}, its results add up to ${a}`;
  }
  if (family === 'applications' && kind === 'applicants_sum') {
    return zh ? `${item(last)}：总计印为 ${e}，各类申请人之和为 ${a}` : `${item(last)}: the total is printed as ${e}, the applicants add up to ${a}`;
  }
  if (family === 'applications' && kind === 'outcomes_sum') {
    return zh ? `办理结果总计（${measure}）印为 ${e}，各项办理结果之和为 ${a}` : `Total handled (${measure}) is printed as ${e}, the outcomes add up to ${a}`;
  }
  if (family === 'applications' && kind === 'balance') {
    return zh
      ? `本年新收与上年结转（${measure}）之和为 ${e}，办理结果总计与结转下年度之和为 ${a}`
      : `New and carried-over requests (${measure}) make ${e}, those handled and carried forward make ${a}`;
  }
  if (family === 'applications' && kind === 'carryover') {
    return zh ? `上年报告的结转下年度（${measure}）为 ${e}，本报告的上年结转为 ${a}` : `Last year’s report carries forward ${e} (${measure}), this report carries over ${a}`;
  }
  if (family === 'narrative_vs_table') {
    return zh ? `${item(parts[2])}：表格为 ${e}，正文所述为 ${a}` : `${item(parts[2])}: the table gives ${e}, the text states ${a}`;
  }
  return zh ? `核对不符：应为 ${e}，实为 ${a}` : `A check fails: expected ${e}, actual ${a}`;
}

/** Every failed check of a figure, in one line (a cell's title, a tooltip's note). */
export const checksText = (checks: readonly FailedCheck[], lang: Lang) => checks.map((c) => checkText(c, lang)).join(lang === 'zh' ? '；' : '; ');

/** A check's id (checks.check) in words: what it compares, never the id itself. */
export function checkName(check: string, lang: Lang): string {
  const zh = lang === 'zh';
  const parts = check.split('.');
  const [family, kind] = parts;
  const last = parts[parts.length - 1];
  const item = (k: string) => label(ITEM_LABELS, k, lang);
  const measure = label(MEASURE_LABELS, last, lang);
  if (family === 'review_litigation' && kind === 'sum') return zh ? `${item(last)}：总计 = 各项结果之和` : `${item(last)}: total = sum of its results`;
  if (family === 'applications' && kind === 'applicants_sum') return zh ? `${item(last)}：总计 = 各类申请人之和` : `${item(last)}: total = sum of the applicants`;
  if (family === 'applications' && kind === 'outcomes_sum') return zh ? `办理结果总计 = 各项办理结果之和（${measure}）` : `Total handled = sum of the outcomes (${measure})`;
  if (family === 'applications' && kind === 'balance') return zh ? `新收 + 结转 = 办理 + 结转下年度（${measure}）` : `New + carried over = handled + carried forward (${measure})`;
  if (family === 'applications' && kind === 'carryover') return zh ? `上年结转 = 上年报告的结转下年度（${measure}）` : `Carried over = last year’s carried forward (${measure})`;
  if (family === 'narrative_vs_table') return zh ? `${item(parts[2])}：正文 = 表格` : `${item(parts[2])}: text = table`;
  return zh ? '其他核对' : 'Other check';
}
