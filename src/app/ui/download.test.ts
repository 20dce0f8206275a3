import { describe, expect, it } from 'vitest';
import { toCsv } from './download';

describe('toCsv for downloads', () => {
  it('starts with a BOM so Excel reads Chinese, and keeps numbers and blanks as they are', () => {
    expect(toCsv([{ agency: '吴忠市民政局', value: 773.5, delta: -3, note: null }])).toBe('\ufeffagency,value,delta,note\r\n吴忠市民政局,773.5,-3,');
  });

  it('neutralises document text that a spreadsheet would run as a formula', () => {
    const csv = toCsv([{ a: '=HYPERLINK("http://x")' }, { a: '+1+1' }, { a: '@SUM(A1)' }, { a: '-2+3' }, { a: '-' }, { a: '-12.5' }, { a: '一-二' }]);
    expect(csv.split('\r\n').slice(1)).toEqual([`"'=HYPERLINK(""http://x"")"`, `"'+1+1"`, `"'@SUM(A1)"`, `"'-2+3"`, '-', '-12.5', '一-二']);
  });
});
