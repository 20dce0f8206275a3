import { beforeEach, describe, expect, it } from 'vitest';
import { formCellKeys, formTableCells } from './coverage';
import { rawReport, type Read } from './__fixtures__/load';

const count = (keys: string[], section: string) => keys.filter((k) => k.startsWith(`${section}.`)).length;

describe('formCellKeys: the cells of a national form', () => {
  it('has 23 rows of table 三 × 7 applicant columns and the 15 cells of table 四 in both forms', () => {
    // 一 新收, 二 结转, 三 (一)(二), 8 不予公开, 3 无法提供, 5 不予处理, (六) 其他处理, (七) 总计, 四 结转下年度.
    for (const form of ['2019', '2021'] as const) {
      const keys = formCellKeys(form, false);
      expect(count(keys, 'applications')).toBe(23 * 7);
      expect(count(keys, 'review_litigation')).toBe(15);
      expect(keys).toContain('applications.other_handling.total');
    }
  });

  it('replaces the one （六） row by its three sub-rows when a 2021 report splits it', () => {
    const split = formCellKeys('2021', true);
    expect(count(split, 'applications')).toBe(25 * 7);
    expect(split).not.toContain('applications.other_handling.total');
    expect(split.filter((k) => k.startsWith('applications.other_handling'))).toEqual([]);
  });

  it('leaves out narrative figures and rows only some provinces add', () => {
    for (const keys of [formCellKeys('2019', false), formCellKeys('2021', true)]) {
      expect(keys.some((k) => /^(active_volume|processing_fees)\./.test(k))).toBe(false);
      expect(keys.some((k) => /^active\.(other_documents|other_services)\./.test(k))).toBe(false);
    }
  });

  it('gives table 二 the rows of its own form', () => {
    expect(formCellKeys('2019', false)).toContain('active.rules.new_made');
    expect(formCellKeys('2021', false)).not.toContain('active.rules.new_made');
  });
});

describe('formTableCells on real reports', () => {
  let r002 = {} as Read;
  let r004 = {} as Read;
  beforeEach(() => {
    r002 = rawReport('002_8eaa2870e78a4cb1.txt');
    r004 = rawReport('004_2b3c48189698253f.txt');
  });

  it('002: every cell of the 2019 form, the 予以公开 row (7) and the fee row (2) unreadable', () => {
    const cells = formTableCells('2019', r002.facts, r002.report.report_year);
    expect(cells.total).toBe(formCellKeys('2019', false).length);
    expect(cells.unreadable).toBe(9);
    expect(cells.reported).toBe(cells.total - 9);
  });

  it('004 (pre-2019): only the rows its 统计表 prints, for the report year, never other years or prose', () => {
    const cells = formTableCells('pre2019', r004.facts, 2017);
    const own = new Set(r004.facts.filter((f) => f.origin === 'table' && f.year === 2017).map((f) => `${f.section}.${f.item}.${f.measure}`));
    expect(cells.total).toBe(own.size);
    expect(cells.total).toBeGreaterThan(0);
    expect(formTableCells('pre2019', [], 2017)).toEqual({ total: 0, reported: 0, unreadable: 0 });
  });
});
