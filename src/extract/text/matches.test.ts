import { describe, expect, it } from 'vitest';
import { allMatches } from './matches';

describe('allMatches', () => {
  const same = (text: string, re: RegExp) =>
    expect(allMatches(text, re).map((m) => [m.index, ...m])).toEqual([...text.matchAll(re)].map((m) => [m.index, ...m]));

  it('gives what matchAll gives, called again and again on one regular expression', () => {
    const re = /统\s*计|现\s*将/g;
    same('统计期限为2023年。现 将报告如下：统 计', re);
    same('统计期限为2023年。现 将报告如下：统 计', re);
    same('没有', re);
    same('ab12cd345', /(\d)(\d)?/g);
    same('a1b', /\d*/g);
  });

  it('starts from the beginning whatever lastIndex a previous use left', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    expect(allMatches('12 34 56', re).map((m) => m[0])).toEqual(['12', '34', '56']);
  });

  it('refuses a regular expression without the g flag (exec would find the first match forever)', () => {
    expect(() => allMatches('12', /\d/)).toThrow(TypeError);
  });
});
