import { describe, expect, it } from 'vitest';
import { compactLabel, isPageFurniture } from './normalize';

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

describe('isPageFurniture', () => {
  it.each(['— 4 —', '-12-', '第 3 页 共 10 页', '扫描全能王 创建', '[image: image1.png]os88888388E'])('drops %s', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each(['0', '2020年12月18日', '一、总体情况', '\t12'])('keeps %s', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });
});
