/** Narrative figures go to the key whose meaning the sentence states, in the report's form, or nowhere. */
import type { FormVersion } from '../vocabulary';
import { describe, expect, it } from 'vitest';
import { parseNarrative } from './narrative';

const read = (sentence: string, form: FormVersion) =>
  parseNarrative([{ text: sentence, line: 1, page: null }], form).map((f) => [`${f.section}.${f.item}.${f.measure}`, f.value]);

describe('requests received, in prose', () => {
  it('files 新收 / 收到 of a 2019–2021 report as 本年新收', () => {
    expect(read('本年度新收政府信息公开申请25件。', '2021')).toEqual([['applications.new_received.total', 25]]);
    expect(read('2021年，共收到政府信息公开申请25件。', '2019')).toEqual([['applications.new_received.total', 25]]);
  });

  it('keeps no value where the count may include carried-over requests (受理/办理, 结转 in the sentence)', () => {
    expect(read('全市共受理政府信息公开申请3119件。', '2021')).toEqual([]);
    expect(read('2021年共办理政府信息公开申请28件。', '2021')).toEqual([]);
    expect(read('共收到政府信息公开申请28件（含上年结转3件）。', '2021')).toEqual([]);
    expect(read('全年共收到政府信息公开申请28件，其中上年结转3件。', '2019')).toEqual([]);
  });

  it('keeps no value for one channel or for requests that are no disclosure requests', () => {
    expect(read('2014年全区收到有关政府信息公开的信函申请1条，已受理回复。', 'pre2019')).toEqual([]);
    expect(read('开设窗口26个，共受理申请121510件。', 'pre2019')).toEqual([]);
  });

  it('files the count of a pre-2019 report under that form\'s 受理 row, and 未收到 as 0 new requests in any form', () => {
    expect(read('2013年全县共收到有关政府信息公开的申请7条，网上申请数3条。', 'pre2019')).toEqual([['pre2019.requests_received.count', 7]]);
    expect(read('2013年全区未收到有关政府信息公开的申请。', 'pre2019')).toEqual([['applications.new_received.total', 0]]);
  });
});

describe('reviews and lawsuits, in pre-2019 prose', () => {
  it('reads a stated review count and none received', () => {
    expect(read('2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理。', 'pre2019')).toEqual([
      ['applications.new_received.total', 0], ['pre2019.admin_review.count', 1],
    ]);
    expect(read('2016年我区未收到有关政府信息公开行政复议、提起行政诉讼的申请。', 'pre2019')).toEqual([
      ['pre2019.admin_review.count', 0], ['pre2019.litigation.count', 0],
    ]);
  });

  it('states nothing for the 2019/2021 forms, whose review table has no such key', () => {
    expect(read('2021年未收到有关政府信息公开行政复议、提起行政诉讼的申请。', '2021')).toEqual([]);
  });
});

describe('proactive disclosure totals, in prose', () => {
  it('takes the year’s total, however the sentence names whose it is (平潭 2019, 2021, 2023)', () => {
    expect(read('今年，我区政府信息公开单位共公布政府信息2599条，(其中机构职能类信息25条，其他应主动公开政府信息856条)', '2019'))
      .toEqual([['active_volume.total.count', 2599]]);
    expect(read('全年主动公开我区各级单位政府信息2645条，主要通过政府网站…进行公开。', '2021')).toEqual([['active_volume.total.count', 2645]]);
    expect(read('2023年全区共主动公开政府信息13561条。', '2021')).toEqual([['active_volume.total.count', 13561]]);
  });

  it('never files one category of a breakdown as the total', () => {
    expect(read('(其中机构职能类信息25条，其他应主动公开政府信息856条)对于主动公开的政府信息，主要通过政府门户网站公开。', '2019')).toEqual([]);
    expect(read('区直、县直各单位主动公开政府信息303条，占71.3%。', 'pre2019')).toEqual([]);
    expect(read('2011年，全区共制作、获取政府信息总数1873条，其中主动公开政府信息425条，作为依申请公开信息数46条。', 'pre2019')).toEqual([['active_volume.total.count', 425]]);
    expect(read('全年主动公开规划类信息30条。', '2021')).toEqual([]);
    expect(read('累计主动公开采购信息25条。', 'pre2019')).toEqual([]);
  });
});
