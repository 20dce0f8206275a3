import { describe, expect, it } from 'vitest';
import { compactLabel, hasCjk, isPageFurniture } from './normalize';

describe('compactLabel', () => {
  it('removes spaces OCR put between characters', () => {
    expect(compactLabel('三、 本 年 度 办 理 结 果')).toBe('三、本年度办理结果');
    expect(compactLabel('法律 服务 机构')).toBe('法律服务机构');
  });

  it('folds full-width brackets and digits', () => {
    expect(compactLabel('（一）予以公开')).toBe('(一)予以公开');
    expect(compactLabel('第二十条第（九）项')).toBe('第二十条第(九)项');
    expect(compactLabel('１２')).toBe('12');
  });

  it('drops markdown emphasis and unifies quotes', () => {
    expect(compactLabel('**四是**充分利用')).toBe('四是充分利用');
    expect(compactLabel('3. 危及“三安全一稳定”')).toBe('3.危及"三安全一稳定"');
    expect(compactLabel('(二) 百 计这一')).toBe('(二)百计这一');
  });
});

describe('hasCjk', () => {
  it.each([['行政许可', true], ['第3页', true], ['㐀', true], ['12', false], ['— 4 —', false], ['', false]])('%j → %s', (text, cjk) => {
    expect(hasCjk(text)).toBe(cjk);
  });
});

describe('isPageFurniture', () => {
  it.each([
    '— 4 —', '-12-', '——4——', '－－12－－', '~3~', '  — 4 —  ',
    '第 3 页 共 10 页', '第3页', '第12页', '第 3 页', '第3页共10页', '第 3 页, 共 10 页', '第3页/共10页', '第 3 页 ',
    '扫描全能王 创建', '[image: image1.png]os88888388E', '[bookmark: _Toc123]',
  ])('drops %j', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each([
    '0', '2020年12月18日', '一、总体情况', '\t12',
    // A dash-number-dash at the end or start of other text is not a page number.
    '2020-12-', '-1-2',
    // A page mentioned inside a sentence, or two pages listed, is content.
    '详见第 3 页', '第3页所列', '第3页，第4页共10页',
    // Image and bookmark placeholders are furniture only alone at the start of a line.
    '一、总体情况[image: image2.png]', '目录[bookmark: _Toc1]', '[bookmark: _Toc1]一、总体情况',
  ])('keeps %j', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });
});
