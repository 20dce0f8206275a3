import { describe, expect, it } from 'vitest';
import { detectForm } from './form';
import { fixture, rawReport } from './__fixtures__/load';
import { extractReport } from './extractReport';

describe('detectForm', () => {
  it.each([
    ['000_fcfa8a30f4e105e4.txt', '2019'],
    ['001_7016eb35578ea529.txt', '2019'],
    ['002_8eaa2870e78a4cb1.txt', '2019'],
    ['003_cf5b7850cf226470.txt', '2019'],
    ['004_2b3c48189698253f.txt', 'pre2019'],
  ])('%s is the %s form', (file, form) => {
    expect(rawReport(file).report.form_version).toBe(form);
  });

  it('recognises the 2021 form by its columns, in HTML and pipe tables', () => {
    expect(fixture('html-2021.html').report.form_version).toBe('2021');
    expect(fixture('pipe-2021.md').report.form_version).toBe('2021');
  });

  it('prefers 2021 markers over the 第二十条 headings both forms share', () => {
    expect(detectForm('第二十条第(一)项|信息内容|本年制发件数|本年新收政府信息公开申请数量')).toBe('2021');
    expect(detectForm('第二十条第(九)项|采购项目数量')).toBe('2019');
  });

  it('refuses a file that is not a report', () => {
    expect(detectForm('会议纪要:关于食堂菜单的调整')).toBeNull();
    const result = extractReport({ sourceFile: 'menu.txt', sha256: '0'.repeat(64), text: '# 食堂菜单\n\n周一：米饭' });
    expect(result).toEqual({ ok: false, sourceFile: 'menu.txt', error: expect.stringContaining('not an annual report') });
  });
});
