/** Layouts the five real reports do not show: saved HTML pages and markdown pipe tables (2021 form). */
import { beforeEach, describe, expect, it } from 'vitest';
import { htmlDocument } from './layout/html';
import { plainTextDocument } from './layout/plainText';
import { factOf, fixture, valueOf, type Read } from './__fixtures__/load';

describe('HTML page with rowspan/colspan and &nbsp; (fixture html-2021.html)', () => {
  let { report, facts, checks } = {} as Read;
  beforeEach(() => ({ report, facts, checks } = fixture('html-2021.html')));

  it('detects the 2021 form and reads metadata outside tables, ignoring scripts', () => {
    expect(report).toMatchObject({
      agency: '南京市玄武区示例局', agency_id: '320102-示例局', division_code: '320102', form_version: '2021',
      report_year: 2022, published_date: '2023-01-20',
    });
    expect(facts.some((f) => f.value === 999)).toBe(false);
  });

  it('reads 2021 table 二 columns, a colspan value cell, thousands separators and the 万元 header', () => {
    expect(valueOf(facts, 'active', 'rules', 'in_force')).toBe(3);
    expect(valueOf(facts, 'active', 'normative_documents', 'issued')).toBe(2);
    expect(valueOf(facts, 'active', 'normative_documents', 'repealed')).toBe(1);
    expect(valueOf(facts, 'active', 'licensing', 'decisions')).toBe(1234);
    expect(valueOf(facts, 'active', 'penalty', 'decisions')).toBe(56);
    expect(factOf(facts, 'active', 'fees', 'amount_10k_yuan')).toMatchObject({ value: 12.5, unit: '万元', flags: [] });
    expect(facts.some((f) => f.item === 'procurement' || f.measure === 'prev_year_items')).toBe(false);
  });

  it('reads &nbsp; cells as blank', () => {
    expect(factOf(facts, 'active', 'coercion', 'decisions')).toMatchObject({ status: 'blank', value: null });
    expect(facts.filter((f) => f.item === 'other_unpaid_fees').every((f) => f.status === 'blank')).toBe(true);
    expect(factOf(facts, 'review_litigation', 'litigation_after_review', 'total').status).toBe('blank');
  });

  it('keeps cells under a rowspan in their columns and reads the split (六) rows', () => {
    expect(valueOf(facts, 'applications', 'unable_not_held', 'natural_person')).toBe(3);
    expect(valueOf(facts, 'applications', 'unable_not_held', 'commercial')).toBe(1);
    expect(valueOf(facts, 'applications', 'unable_not_held', 'legal_service')).toBe(1);
    expect(valueOf(facts, 'applications', 'unable_not_held', 'total')).toBe(5);
    expect(valueOf(facts, 'applications', 'other_no_correction', 'total')).toBe(1);
    expect(valueOf(facts, 'applications', 'other_other', 'total')).toBe(0);
    expect(facts.some((f) => f.item === 'other_handling')).toBe(false);
    expect(facts.filter((f) => f.section === 'applications' && f.origin === 'table')).toHaveLength(25 * 7);
  });

  it('reads the review row and the narrative numbers', () => {
    expect(valueOf(facts, 'review_litigation', 'admin_review', 'upheld')).toBe(1);
    expect(valueOf(facts, 'review_litigation', 'litigation_direct', 'pending')).toBe(1);
    expect(valueOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' })).toBe(1520);
    expect(valueOf(facts, 'applications', 'new_received', 'total', { origin: 'narrative' })).toBe(13);
    expect(factOf(facts, 'processing_fees', 'charged', 'amount_yuan', { origin: 'narrative' })).toMatchObject({ value: 0, unit: '元' });
  });

  it('checks the split outcome rows against the total', () => {
    expect(checks.find((c) => c.check === 'applications.balance.total')).toMatchObject({ status: 'pass', expected: 14, actual: 14 });
    expect(checks.find((c) => c.check === 'narrative_vs_table.applications.new_received.total')?.status).toBe('pass');
    // One outcome row is blank, so the outcome sums cannot be assessed.
    expect(checks.find((c) => c.check === 'applications.outcomes_sum.natural_person')?.status).toBe('not_assessable');
  });

  it('gives each cell the source line of its <td>', () => {
    expect(factOf(facts, 'applications', 'new_received', 'total').line).toBe(34);
  });

  it('expands spans on a grid and marks covered positions', () => {
    const doc = htmlDocument('<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>1</td><td>&nbsp;</td></tr></table>');
    expect(doc.rows.map((r) => r.cells.map((c) => (c.spanFiller ? '*' : c.text)))).toEqual([['A', 'B', '*'], ['*', '1', '']]);
  });
});

describe('markdown pipe tables (fixture pipe-2021.md)', () => {
  let { report, facts, checks } = {} as Read;
  beforeEach(() => ({ report, facts, checks } = fixture('pipe-2021.md')));

  it('reads metadata and the 2021 form', () => {
    expect(report).toMatchObject({ agency: '杭州市西湖区示例局', division_code: '330106', form_version: '2021', report_year: 2023 });
  });

  it('reads empty merged cells as positions and a dash as blank', () => {
    expect(factOf(facts, 'active', 'normative_documents', 'repealed')).toMatchObject({ status: 'blank', raw: '—', flags: ['dash_blank'] });
    expect(valueOf(facts, 'active', 'normative_documents', 'in_force')).toBe(22);
    expect(valueOf(facts, 'active', 'licensing', 'decisions')).toBe(88);
    expect(factOf(facts, 'active', 'fees', 'amount_10k_yuan')).toMatchObject({ value: 0.35, unit: '万元' });
  });

  it('reads a 2021 report that keeps the single (六) 其他处理 row', () => {
    expect(valueOf(facts, 'applications', 'other_handling', 'total')).toBe(0);
    expect(facts.some((f) => f.item === 'other_no_correction')).toBe(false);
    expect(valueOf(facts, 'applications', 'withheld_third_party', 'natural_person')).toBe(1);
    expect(valueOf(facts, 'applications', 'new_received', 'total')).toBe(21);
  });

  it('reads approximate and money narrative statements', () => {
    expect(factOf(facts, 'active_volume', 'total', 'count', { origin: 'narrative' })).toMatchObject({ value: 5500, flags: ['approximate'] });
    expect(factOf(facts, 'processing_fees', 'charged', 'amount_yuan', { origin: 'narrative' })).toMatchObject({ value: 1200, unit: '元' });
    expect(valueOf(facts, 'processing_fees', 'charged', 'cases', { origin: 'narrative' })).toBe(2);
  });

  it('reports the inconsistencies this fixture carries, without changing a number', () => {
    const failed = checks.filter((c) => c.status === 'fail').map((c) => [c.check, c.expected, c.actual]);
    expect(failed).toEqual([
      ['applications.balance.natural_person', 20, 19],
      ['applications.applicants_sum.carried_forward', 2, 1],
      ['review_litigation.sum.admin_review', 2, 3],
    ]);
    expect(valueOf(facts, 'applications', 'carried_forward', 'total')).toBe(2);
    expect(report.checks_failed).toBe(3);
  });
});

describe('plain text front end', () => {
  it('joins a cell wrapped onto the next line in DOCX exports', () => {
    const doc = plainTextDocument('\t信息内容\n\t本年新\n制作数量\n\t对外公开总数量\n\n\t规章\n\t0\n\t\n');
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['信息内容', '本年新制作数量', '对外公开总数量'], ['规章', '0', '']]);
  });

  it('drops page footers and watermarks but keeps line numbers', () => {
    const doc = plainTextDocument('甲\n— 4 —\n扫描全能王 创建\n乙');
    expect(doc.lines).toEqual([{ text: '甲', line: 1, page: null }, { text: '乙', line: 4, page: null }]);
  });
});
