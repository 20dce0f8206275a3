import { describe, expect, it } from 'vitest';
import { checkName, checkText, checksText, unitlessText } from './figureText';

const check = (name: string, expected: number, actual: number) => ({ report_id: 'r', check: name, expected, actual });

describe('doubtful figures in words', () => {
  it('writes a unit-less number with its note, in the page’s language only', () => {
    expect(unitlessText(56700, 'zh')).toBe('56,700（未注明单位）');
    expect(unitlessText(56700, 'en')).toBe('56,700 (unit not stated)');
  });

  it('says what a failed check compared, with both numbers, for each family', () => {
    expect(checkText(check('review_litigation.sum.admin_review', 0, 11), 'zh')).toBe('行政复议：总计印为 0，各项结果之和为 11');
    expect(checkText(check('review_litigation.sum.admin_review', 0, 11), 'en')).toBe('Administrative review: the total is printed as 0, its results add up to 11');
    expect(checkText(check('narrative_vs_table.applications.new_received.total', 2, 0), 'zh')).toBe('本年新收申请：表格为 2，正文所述为 0');
    expect(checkText(check('applications.applicants_sum.disclosed', 1200, 1201), 'en')).toBe('Disclosed: the total is printed as 1,200, the applicants add up to 1,201');
    expect(checkText(check('applications.outcomes_sum.commercial', 3, 4), 'zh')).toBe('办理结果总计（商业企业）印为 3，各项办理结果之和为 4');
    expect(checkText(check('applications.carryover.total', 5, 4), 'en')).toBe('Last year’s report carries forward 5 (Total), this report carries over 4');
    expect(checkText(check('other.kind', 1, 2), 'zh')).toBe('核对不符：应为 1，实为 2');
    // No Latin letters in the Chinese text, no Chinese in the English text.
    for (const name of ['review_litigation.sum.litigation_direct', 'applications.balance.total', 'applications.carryover.research', 'applications.outcomes_sum.total']) {
      expect(checkText(check(name, 1, 2), 'zh')).not.toMatch(/[A-Za-z]/);
      expect(checkText(check(name, 1, 2), 'en')).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(checksText([check('review_litigation.sum.admin_review', 0, 11), check('review_litigation.sum.litigation_after_review', 0, 5)], 'zh'))
      .toBe('行政复议：总计印为 0，各项结果之和为 11；行政诉讼·复议后起诉：总计印为 0，各项结果之和为 5');
  });

  it('names every kind of check the dataset holds in words, never by its id', () => {
    // One id of each kind in data/checks.csv.
    const ids = ['applications.applicants_sum.disclosed', 'applications.balance.total', 'applications.carryover.natural_person',
      'applications.outcomes_sum.commercial', 'narrative_vs_table.applications.new_received.total', 'review_litigation.sum.admin_review'];
    expect(ids.map((id) => checkName(id, 'zh'))).toEqual([
      '予以公开：总计 = 各类申请人之和', '新收 + 结转 = 办理 + 结转下年度（总计）', '上年结转 = 上年报告的结转下年度（自然人）',
      '办理结果总计 = 各项办理结果之和（商业企业）', '本年新收申请：正文 = 表格', '行政复议：总计 = 各项结果之和',
    ]);
    for (const id of ids) expect(checkName(id, 'en')).not.toMatch(/[\u4e00-\u9fff_]/);
    expect(checkName('some.new_check', 'zh')).toBe('其他核对');
  });
});
