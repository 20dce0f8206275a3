import { describe, expect, it } from 'vitest';
import { removeRules, ruleAt, type GreyImage } from './rules';

/** A white page `width` × `height` with the given pixels set to `value` (black by default). */
function page(width: number, height: number, ink: [number, number][], value = 0): GreyImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x, y] of ink) data[y * width + x] = value;
  return { width, height, data };
}
const row = (y: number, from: number, to: number) => Array.from({ length: to - from }, (_, i): [number, number] => [from + i, y]);
const column = (x: number, from: number, to: number) => Array.from({ length: to - from }, (_, i): [number, number] => [x, from + i]);
const darkCount = (image: GreyImage) => image.data.filter((v) => v < 255).length;

describe('removeRules', () => {
  it('whitens a straight horizontal rule and says where it ran: one rule, level, its row, its ends', () => {
    const image = page(300, 200, row(100, 20, 280));
    const { image: clean, grid } = removeRules(image);
    expect(darkCount(clean)).toBe(0);
    // The five rows within two of the rule each see it; their runs merge into the one rule, centred on its row.
    expect(grid).toEqual({ horizontal: [{ at: 100, from: 20, to: 280, slope: 0 }], vertical: [] });
    expect(darkCount(image)).toBe(260); // a copy: the page itself keeps its rule
  });

  it('whitens a straight vertical rule the same way', () => {
    const { image: clean, grid } = removeRules(page(200, 300, column(50, 10, 290)));
    expect(darkCount(clean)).toBe(0);
    expect(grid).toEqual({ horizontal: [], vertical: [{ at: 50, from: 10, to: 290, slope: 0 }] });
  });

  it('keeps runs shorter than a rule: 30 pixels or 1/15 of the width, whichever is longer', () => {
    // 300 pixels wide: 1/15 is 20, so a rule needs 30.
    expect(removeRules(page(300, 100, row(50, 10, 39))).grid.horizontal).toEqual([]);
    expect(removeRules(page(300, 100, row(50, 10, 40))).grid.horizontal).toEqual([{ at: 50, from: 10, to: 40, slope: 0 }]);
    // 600 pixels wide: 1/15 is 40.
    const wide = (to: number) => removeRules(page(600, 100, row(50, 100, to)));
    expect(darkCount(wide(139).image)).toBe(39);
    expect(wide(139).grid.horizontal).toEqual([]);
    expect(darkCount(wide(140).image)).toBe(0);
    expect(wide(140).grid.horizontal).toEqual([{ at: 50, from: 100, to: 140, slope: 0 }]);
  });

  it('whitens only the ink of a rule, not paper-grey pixels its run passes over', () => {
    // A rule two rows thick with one pixel of each row paper-grey: the other row keeps the run going there.
    const ink = [...row(50, 0, 300), ...row(51, 0, 300)];
    const image = page(300, 200, ink);
    image.data[50 * 300 + 100] = 200;
    image.data[51 * 300 + 200] = 200;
    const { image: clean } = removeRules(image);
    expect([clean.data[50 * 300 + 100], clean.data[51 * 300 + 200], darkCount(clean)]).toEqual([200, 200, 2]);
    // The same down a column.
    const tall = page(200, 300, [...column(50, 0, 300), ...column(51, 0, 300)]);
    tall.data[100 * 200 + 50] = 200;
    expect(removeRules(tall).image.data[100 * 200 + 50]).toBe(200);
  });

  it('takes a column as a rule from 30 pixels down, as a row', () => {
    expect(removeRules(page(300, 200, column(50, 10, 39))).grid.vertical).toEqual([]);
    expect(removeRules(page(300, 200, column(50, 10, 40))).grid.vertical).toEqual([{ at: 50, from: 10, to: 40, slope: 0 }]);
  });

  it('takes grey darker than 160 as ink, 160 as paper', () => {
    expect(removeRules(page(300, 100, row(50, 0, 300), 159)).grid.horizontal).toHaveLength(1);
    const paper = removeRules(page(300, 100, row(50, 0, 300), 160));
    expect(paper.grid.horizontal).toEqual([]);
    expect(darkCount(paper.image)).toBe(300); // left as it was
  });

  it('finds rules that touch the page edges, in the first and last rows and columns', () => {
    const { image, grid } = removeRules(page(120, 90, [...row(0, 0, 120), ...row(89, 0, 120), ...column(0, 0, 90), ...column(119, 0, 90)]));
    expect(darkCount(image)).toBe(0);
    // At an edge only the rows on the page side see the rule (rows 0–2 for row 0), so it sits at their mean, 1.
    expect(grid.horizontal.map((r) => [r.at, r.from, r.to, r.slope])).toEqual([[1, 0, 120, 0], [88, 0, 120, 0]]);
    expect(grid.vertical.map((r) => [r.at, r.from, r.to, r.slope])).toEqual([[1, 0, 90, 0], [118, 0, 90, 0]]);
  });

  it('does not see a rule at one side edge again at the other (a row of pixels runs on into the next row)', () => {
    expect(removeRules(page(120, 90, column(0, 0, 90))).grid.vertical.map((r) => r.at)).toEqual([1]);
    expect(removeRules(page(120, 90, column(119, 0, 90))).grid.vertical.map((r) => r.at)).toEqual([118]);
  });

  it('keeps rules apart when they are more than four rows apart, or do not overlap along their length', () => {
    const apart = removeRules(page(300, 200, [...row(50, 0, 300), ...row(60, 0, 300)]));
    expect(apart.grid.horizontal.map((r) => r.at)).toEqual([50, 60]);
    // Rows 50 and 57: the runs of rows 48–52 and 55–59 are three rows apart, so they make one rule.
    const close = removeRules(page(300, 200, [...row(50, 0, 300), ...row(57, 0, 300)]));
    expect(close.grid.horizontal.map((r) => [r.at, r.from, r.to])).toEqual([[53.5, 0, 300]]);
    // Rows 50 and 58: runs of rows 48–52 and 56–60, four rows apart: still one rule.
    const four = removeRules(page(300, 200, [...row(50, 0, 300), ...row(58, 0, 300)]));
    expect(four.grid.horizontal.map((r) => r.at)).toEqual([54]);
    // Side by side on one row, a gap between: two rules.
    const sideBySide = removeRules(page(300, 200, [...row(50, 0, 100), ...row(50, 150, 300)]));
    expect(sideBySide.grid.horizontal.map((r) => [r.at, r.from, r.to])).toEqual([[50, 0, 100], [50, 150, 300]]);
  });

  it('follows a rule that drifts a row every 50 pixels: one rule, its slope, its middle on the line', () => {
    // y = 80 + x / 50 (rounded down): a page about 1.15° off straight, the rule broken into 50-pixel steps. Each
    // row sees the rule over 250 pixels (two rows either side), so the rule is long, as on a 300-dpi page.
    const ink = Array.from({ length: 1500 }, (_, x): [number, number] => [x, 80 + Math.floor(x / 50)]);
    const { image, grid } = removeRules(page(1500, 160, ink));
    expect(darkCount(image)).toBe(0);
    expect(grid.horizontal).toHaveLength(1);
    const [rule] = grid.horizontal;
    expect([rule.from, rule.to]).toEqual([0, 1500]);
    expect(Math.abs(rule.slope - 0.02)).toBeLessThan(0.002);
    // Along the rule its position follows the drawn line to within a row.
    for (const x of [200, 750, 1300]) expect(Math.abs(ruleAt(rule, x) - (80 + Math.floor(x / 50)))).toBeLessThanOrEqual(1);
    expect(grid.vertical).toEqual([]);
  });

  it('follows a drifting vertical rule the same way, and takes none of its steps for a rule across', () => {
    const ink = Array.from({ length: 1400 }, (_, y): [number, number] => [60 - Math.floor(y / 50), 50 + y]);
    const { image, grid } = removeRules(page(160, 1500, ink));
    expect(darkCount(image)).toBe(0);
    expect(grid.horizontal).toEqual([]);
    expect(grid.vertical).toHaveLength(1);
    const [rule] = grid.vertical;
    expect([rule.from, rule.to]).toEqual([50, 1450]);
    expect(Math.abs(rule.slope + 0.02)).toBeLessThan(0.002);
    for (const y of [300, 750, 1200]) expect(Math.abs(ruleAt(rule, y) - (60 - Math.floor((y - 50) / 50)))).toBeLessThanOrEqual(1);
  });
});

describe('ruleAt', () => {
  it('is the rule’s middle position plus its drift from the middle along it', () => {
    const rule = { at: 100, from: 0, to: 200, slope: 0.02 };
    expect(ruleAt(rule, 100)).toBe(100);
    expect(ruleAt(rule, 200)).toBe(102);
    expect(ruleAt(rule, 50)).toBe(99);
  });
});
