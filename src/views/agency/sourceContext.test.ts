import { describe, expect, it } from 'vitest';
import type { FactLine } from '../../extract/factLines';
import { sourceContext } from './sourceContext';

const whole = (page: number | null, line: number, text: string): FactLine => ({ report_id: 'r', page, line, start: 0, line_length: text.length, around: '', text });

describe('sourceContext', () => {
  // 洪泽区 2023 p3, as data/lines.csv holds it.
  const rows = [
    whole(3, 16, '组织机构'),
    whole(3, 17, '一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21'),
    whole(3, 18, '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0'),
    whole(4, 17, '另一页'),
  ];

  it('shows the fact’s line between its neighbours, on its page, with every place of its text marked', () => {
    const ctx = sourceContext({ raw: '21', line: 17, page: 3 }, rows);
    expect(ctx.lines.map((l) => l.line)).toEqual([16, 17, 18]);
    expect(ctx.found).toBe(2);
    expect(ctx.lines[1].marks).toEqual([{ start: 17, end: 19 }, { start: 30, end: 32 }]);
    expect(ctx.lines[0].marks).toEqual([]);
  });

  it('follows a prose phrase down to the line it is printed on, marked across the line break', () => {
    const prose = [whole(1, 15, '健康发展。'), whole(1, 16, '（一）主动公开情况。主动公开政府'), whole(1, 17, '文件。'), whole(1, 18, '我区主动公开政'), whole(1, 19, '府信息 1136 条。')];
    const ctx = sourceContext({ raw: '主动公开政府信息1136条', line: 16, page: 1 }, prose);
    expect(ctx.lines.map((l) => l.line)).toEqual([15, 16, 17, 18, 19]);
    expect(ctx.found).toBe(1);
    expect(ctx.lines[3].marks).toEqual([{ start: 2, end: 7 }]);
    expect(ctx.lines[4].marks).toEqual([{ start: 0, end: 10 }]);
  });

  it('shows a window of a long line only for the fact it is centred on', () => {
    const window: FactLine = { report_id: 'r', page: null, line: 10, start: 400, line_length: 6000, around: '主动公开政府信息425条', text: '…前文主动公开政府信息425条后文' };
    const dump = [whole(null, 9, '=== 正文 ==='), window];
    const ctx = sourceContext({ raw: '主动公开政府信息425条', line: 10, page: null }, dump);
    expect(ctx.lines.map((l) => [l.line, l.start, l.length])).toEqual([[9, 0, 10], [10, 400, 6000]]);
    expect(ctx.lines[1].marks).toEqual([{ start: 3, end: 15 }]);
    // `425` of the table stands in that window too, but the window is not its place.
    expect(sourceContext({ raw: '425', line: 10, page: null }, dump)).toEqual({ lines: [], found: 0 });
  });

  it('shows nothing for a fact without a line, and says found 0 when the text is not on its lines', () => {
    expect(sourceContext({ raw: '21', line: null, page: null }, rows).lines).toEqual([]);
    const ctx = sourceContext({ raw: '999', line: 17, page: 3 }, rows);
    expect(ctx.lines).toHaveLength(3);
    expect(ctx.found).toBe(0);
  });
});
