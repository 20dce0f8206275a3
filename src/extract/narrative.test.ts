/** Narrative figures go to the key whose meaning the sentence states, in the report's form, or nowhere. */
import type { FormVersion } from '../vocabulary';
import { describe, expect, it } from 'vitest';
import { parseNarrative } from './narrative';
import { requestsKey } from './narrativeRequests';

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

/** Each fact of `texts` (one line each) with its value, unit, flags, raw text and line. */
const facts = (form: FormVersion, ...texts: string[]) =>
  parseNarrative(texts.map((text, i) => ({ text, line: i + 1, page: null })), form)
    .map((f) => ({ key: `${f.section}.${f.item}.${f.measure}`, value: f.value, unit: f.unit, flags: f.flags, raw: f.raw, line: f.line }));

describe('the proactive total’s wordings, one by one', () => {
  it.each([
    // 总数/总计/共计/合计/总量 after 信息, with 为/达 and thousands separators.
    ['主动公开政府信息总数为1,234条。', 1234, '主动公开政府信息总数为1,234条'],
    ['主动公开信息总计425条。', 425, '主动公开信息总计425条'],
    ['主动公开政府信息共计2599个。', 2599, '主动公开政府信息共计2599个'],
    ['主动公开政府信息合计739件。', 739, '主动公开政府信息合计739件'],
    ['主动公开政府信息总量达4970条。', 4970, '主动公开政府信息总量达4970条'],
    // 共/累计/全年 with 公布, and words naming whose between.
    ['全年共计公布政府信息2599条。', 2599, '全年共计公布政府信息2599条'],
    ['累计公布政府信息1,913条。', 1913, '累计公布政府信息1,913条'],
    ['全年公布各类政府信息2122条。', 2122, '全年公布各类政府信息2122条'],
    ['全年公布本县政府信息2069条。', 2069, '全年公布本县政府信息2069条'],
    ['全年主动公开各级政府信息3460条。', 3460, '全年主动公开各级政府信息3460条'],
    ['全年主动公开各部门政府信息3460条。', 3460, '全年主动公开各部门政府信息3460条'],
    ['全年主动公开机关信息3460条。', 3460, '全年主动公开机关信息3460条'],
    // The year's total said beside a channel: a 共/全年 total stays one (the single-count reading refuses channels).
    ['全年共主动公开政府信息2645条，其中微博发布120条。', 2645, '全年共主动公开政府信息2645条'],
    // A single count (2013: 2013年主动公开政府信息4970条), 发布 and 各类 included.
    ['门、各乡镇、县直各单位对政府信息进行了梳理和编目，2013年主动公开政府信息4970条。', 4970, '主动公开政府信息4970条'],
    ['市政府网站主动发布各类政府信息5500条。', 5500, '主动发布各类政府信息5500条'],
    // Without 政府, and with a thousands separator.
    ['2013年主动公开信息4970条。', 4970, '主动公开信息4970条'],
    ['2013年主动公开政府信息4,970条。', 4970, '主动公开政府信息4,970条'],
    // A total followed by one part's share is no part itself.
    ['全区主动公开政府信息3460条，其中区直部门1687条，占48.8%。', 3460, '主动公开政府信息3460条'],
  ])('%s', (text, value, raw) => {
    expect(facts('2021', text)).toEqual([{ key: 'active_volume.total.count', value, unit: 'count', flags: [], raw, line: 1 }]);
  });

  it.each([
    ['累计主动公开政府信息3000余条。', 3000],
    ['主动公开政府信息总数5500多条。', 5500],
    ['市政府网站主动公开各类政府信息5500余条。', 5500],
  ])('flags an approximate count: %s', (text, value) => {
    expect(facts('2021', text)).toMatchObject([{ key: 'active_volume.total.count', value, flags: ['approximate'] }]);
  });

  it.each([
    '通过政务微信主动发布政府信息300条。',
    '通过官方微博主动发布政府信息300条。',
    '通过微信公众号主动发布政府信息300条。',
    '通过政务客户端主动发布政府信息300条。',
    '通过今日头条主动发布政府信息300条。',
    '通过政务抖音主动发布政府信息300条。',
    // One category of a breakdown: in brackets, after 其他 or a …类, or with its share.
    '（机构职能类信息25条，其他应主动公开政府信息856条）',
    '其中，区管委会及区直各部门主动公开政府信息1687条，占66%。',
    '各乡镇主动公开政府信息1638条,占47%，政府信息公开量较大的部门是区。',
    '全年主动公开规划类信息30条。',
    '其他单位主动公开政府信息856条。',
    '区直各部门主动公开政府信息1687条占66%。',
    // In brackets, with no other mark of a part.
    '(其中区直各部门主动公开政府信息1687条，各乡镇主动公开政府信息1638条)',
    '（其中区直各部门主动公开政府信息1687条，各乡镇主动公开政府信息1638条）',
    // No count, or a count of something else.
    '主动公开政府信息总数条。',
    '全年主动公开政府信息若干条。',
  ])('gives no total for %s', (text) => {
    expect(facts('2021', text)).toEqual([]);
  });

  it('takes the first statement, and a breakdown’s closed bracket does not hide the total after it', () => {
    expect(facts('2021', '(其中机构职能类信息25条)主动公开政府信息2599条。')).toMatchObject([{ value: 2599 }]);
    expect(facts('2021', '2016年全区主动公开政府信息3460条。', '2017年全区主动公开政府信息2122条。')).toMatchObject([{ value: 3460, line: 1 }]);
    // The strong wording wins over a single count on an earlier line.
    expect(facts('2021', '市政府网站主动公开政府信息5500条。', '全年主动公开政府信息总数为6000条。')).toMatchObject([{ value: 6000, line: 2 }]);
  });
});

describe('requests received: each wording', () => {
  it.each([
    ['2020年，吴忠市民政局未收到依申请公开申请。', '未收到依申请公开申请'],
    ['我局未接到政府信息公开申请。', '未接到政府信息公开申请'],
    ['本年度没有受理政府信息公开申请。', '没有受理政府信息公开申请'],
  ])('none received: %s', (text, raw) => {
    expect(facts('2021', text)).toEqual([{ key: 'applications.new_received.total', value: 0, unit: 'count', flags: [], raw, line: 1 }]);
  });

  it('takes 无 under the requests heading as none received, on the 无 line', () => {
    expect(facts('2021', '三、收到和处理政府信息公开申请情况', '无。')).toEqual([
      { key: 'applications.new_received.total', value: 0, unit: 'count', flags: [], raw: '无。', line: 2 },
    ]);
    expect(facts('2021', '三、收到和处理政府信息公开申请情况', '无')).toMatchObject([{ value: 0, line: 2 }]);
    expect(facts('2021', '三、收到和处理政府信息公开申请情况', '无其他需要报告的事项。')).toEqual([]);
    expect(facts('2021', '三、收到和处理政府信息公开申请情况如下', '无。')).toEqual([]);
    expect(facts('2021', '无。', '三、收到和处理政府信息公开申请情况')).toEqual([]);
    // A line that only ends in 无 says nothing of the requests received.
    expect(facts('2021', '三、收到和处理政府信息公开申请情况', '本年度收到的申请均已办结，上年结转无。')).toEqual([]);
  });

  it.each([
    ['本年新收政府信息公开申请12件。', 12],
    ['全年接到政府信息公开申请12个。', 12],
    ['全市收到政府信息公开申请共12条。', 12],
    ['累计收到政府信息公开申请合计12宗。', 12],
    ['计收到政府信息公开申请为12件。', 12],
    ['全区共收到政府信息公开申请12件。', 12],
    ['全县收到政府信息公开申请12件。', 12],
    ['全省收到政府信息公开申请12件。', 12],
  ])('a count this year: %s', (text, value) => {
    expect(facts('2021', text)).toMatchObject([{ key: 'applications.new_received.total', value, flags: [] }]);
  });

  it('flags 余/多 and refuses counts that are no disclosure requests or have no count word before them', () => {
    expect(facts('2021', '全年共收到政府信息公开申请30余件。')).toMatchObject([{ value: 30, flags: ['approximate'] }]);
    expect(facts('2021', '全年共收到政府信息公开申请30多件。')).toMatchObject([{ value: 30, flags: ['approximate'] }]);
    expect(facts('2021', '全年共收到行政许可申请30件。')).toEqual([]);
    expect(facts('2021', '全年共收到政府信息公开行政复议申请3件。')).toEqual([]);
    expect(facts('2021', '全年共收到政府信息公开行政诉讼申请3件。')).toEqual([]);
    expect(facts('2021', '我局收到政府信息公开申请12件。')).toEqual([]);
    expect(facts('2021', '2021年未收到政府信息公开行政复议申请。')).toEqual([]);
    expect(facts('2021', '2021年未收到政府信息公开行政诉讼申请。')).toEqual([]);
  });

  it('reads a count of the sentence that holds it, where 结转 is said in another sentence', () => {
    expect(facts('2021', '上年结转政府信息公开申请3件。全年共收到政府信息公开申请28件。')).toMatchObject([{ value: 28 }]);
  });
});

describe('reviews and lawsuits, each wording (pre-2019 form)', () => {
  it.each([
    ['2011年全区未收到有关政府信息公开的申请，未收到有关政府信息公开行政复议申请。', 0],
    ['没有收到有关政府信息公开事务的行政复议申请。', 0],
    ['未接到行政复议申请。', 0],
    ['未发生行政复议案件。', 0],
    ['收到1份有关政府信息公开行政复议申请已及时处理。', 1],
    ['接到2件有关政府信息公开的行政复议申请。', 2],
    ['受理3起行政复议。', 3],
    ['收到4宗行政复议申请。', 4],
    ['收到5个行政复议申请。', 5],
    ['收到有关政府信息公开的行政复议申请6份。', 6],
    ['受理行政复议申请7件。', 7],
    ['接到行政复议申请8起。', 8],
    ['收到12份有关政府信息公开行政复议申请。', 12],
    ['收到有关政府信息公开的行政复议申请12份。', 12],
  ])('review: %s', (text, value) => {
    expect(facts('pre2019', text).filter((f) => f.key === 'pre2019.admin_review.count')).toMatchObject([{ value, unit: 'count', line: 1 }]);
  });

  it('reads no review count from a count of something else or a review count of another year', () => {
    expect(facts('pre2019', '收到1份政府信息公开申请，已依法答复。')).toEqual([]);
    expect(facts('pre2019', '收到1份申请，2012年行政复议0件。')).toEqual([]);
    expect(facts('pre2019', '收到1份有关政府信息公开的申请，属于历年遗留问题，后申请人又就其它事项提起了行政复议。')).toEqual([]);
  });

  it.each([
    ['2016年我区未收到有关政府信息公开行政复议、提起行政诉讼的申请。', '未收到有关政府信息公开行政复议、提起行政诉讼'],
    ['没有发生行政诉讼。', '没有发生行政诉讼'],
    ['未接到行政诉讼。', '未接到行政诉讼'],
  ])('lawsuits, none: %s', (text, raw) => {
    expect(facts('pre2019', text).filter((f) => f.key === 'pre2019.litigation.count')).toEqual([
      { key: 'pre2019.litigation.count', value: 0, unit: 'count', flags: [], raw, line: 1 },
    ]);
  });

  it('reads no lawsuit count from a lawsuit that was brought', () => {
    expect(facts('pre2019', '发生行政诉讼1起。')).toEqual([]);
  });
});

describe('procurement and the 信息处理费, in prose', () => {
  it.each([
    ['2020年政府采购金额为1,234.5万元。', 1234.5, '金额为1,234.5万元'],
    ['政府采购合同金额达2.5亿元。', 25000, '金额达2.5亿元'],
    ['政府采购合同金额共56700元。', 5.67, '金额共56700元'],
    ['政府采购金额120万元。', 120, '金额120万元'],
  ])('procurement: %s', (text, value, raw) => {
    expect(facts('2021', text)).toEqual([{ key: 'active.procurement.amount_10k_yuan', value, unit: '万元', flags: [], raw, line: 1 }]);
  });

  it('flags an amount the report gives as approximate (约)', () => {
    expect(facts('2021', '本年度政府采购金额约56700元。')).toEqual([
      { key: 'active.procurement.amount_10k_yuan', value: 5.67, unit: '万元', flags: ['approximate'], raw: '金额约56700元', line: 1 },
    ]);
  });

  it('reads no procurement amount without a unit or outside a 采购 line', () => {
    expect(facts('2021', '政府采购金额为56700。')).toEqual([]);
    expect(facts('2021', '项目金额为120万元。')).toEqual([]);
  });

  it.each([
    ['本年度未收取信息处理费。', '本年度未收取信息处理费'],
    ['2021年没有收取任何信息处理费。', '2021年没有收取任何信息处理费'],
    ['本机关不收取信息处理费。', '本机关不收取信息处理费'],
    ['信息处理费为零。', '信息处理费为零'],
    ['依申请公开的信息处理费均未收取。', '依申请公开的信息处理费均未收取'],
    ['本年度信息处理费收取金额为零。', '本年度信息处理费收取金额为零'],
    // 平潭 2021: the fee's rules are named first, in a sentence of their own.
    ['按照《关于政府信息公开信息处理费收入收缴管理有关事项的通知》执行。2021年，无收取信息处理费情况', '2021年,无收取信息处理费情况'],
  ])('no fee charged: %s', (text, raw) => {
    expect(facts('2021', text)).toEqual([{ key: 'processing_fees.charged.amount_yuan', value: 0, unit: '元', flags: [], raw, line: 1 }]);
  });

  it('reads a fee charged, in 元 or 万元, and the cases it was charged in', () => {
    expect(facts('2021', '本年度共收取信息处理费120元，共涉及3件。')).toEqual([
      { key: 'processing_fees.charged.amount_yuan', value: 120, unit: '元', flags: [], raw: '收取信息处理费120元', line: 1 },
      { key: 'processing_fees.charged.cases', value: 3, unit: 'count', flags: [], raw: '信息处理费120元,共涉及3件', line: 1 },
    ]);
    expect(facts('2021', '收取信息处理费合计0.5万元。')).toMatchObject([{ value: 5000, unit: '元', raw: '收取信息处理费合计0.5万元' }]);
    expect(facts('2021', '按标准收取信息处理费1,200元。')).toMatchObject([{ value: 1200, unit: '元' }]);
    expect(facts('2021', '共收取政府信息公开信息处理费120元。')).toMatchObject([{ value: 120, unit: '元', raw: '收取政府信息公开信息处理费120元' }]);
    expect(facts('2021', '信息处理费共12件。')).toMatchObject([{ key: 'processing_fees.charged.cases', value: 12 }]);
    expect(facts('2021', '信息处理费涉及2笔。')).toEqual([
      { key: 'processing_fees.charged.cases', value: 2, unit: 'count', flags: [], raw: '信息处理费涉及2笔', line: 1 },
    ]);
  });

  it('reads no fee from a sentence that charges nothing countable', () => {
    expect(facts('2021', '收取信息处理费按国家标准执行。')).toEqual([]);
    expect(facts('2021', '信息处理费的收取标准为每页1元。')).toEqual([]);
  });
});

describe('which forms read which patterns', () => {
  it('reads reviews and lawsuits in pre-2019 reports only, and the rest in every form', () => {
    const text = '2013年全县共收到有关政府信息公开的申请7条，未收到行政复议申请，未发生行政诉讼，未收取信息处理费。';
    expect(facts('pre2019', text).map((f) => [f.key, f.value])).toEqual([
      ['pre2019.requests_received.count', 7], ['pre2019.admin_review.count', 0], ['pre2019.litigation.count', 0], ['processing_fees.charged.amount_yuan', 0],
    ]);
    expect(facts('2019', text).map((f) => [f.key, f.value])).toEqual([['applications.new_received.total', 7], ['processing_fees.charged.amount_yuan', 0]]);
  });

  it('takes the page of the line the fact stands on', () => {
    const lines = [{ text: '正文。', line: 1, page: 1 }, { text: '本年度未收取信息处理费。', line: 7, page: 2 }];
    expect(parseNarrative(lines, '2021')).toMatchObject([{ line: 7, page: 2, origin: 'narrative', status: 'reported', year: null }]);
  });
});

describe('requestsKey: the words that decide a request count’s key', () => {
  const NEW = { section: 'applications', item: 'new_received', measure: 'total' };
  const PRE = { section: 'pre2019', item: 'requests_received', measure: 'count' };

  it.each(['信函', '网上', '网络', '当面', '现场', '电子邮件', '邮件', '传真', '书面', '口头', '电话'])('one channel (%s) is no total', (channel) => {
    expect(requestsKey('2021', '收到', `有关政府信息公开的${channel}`, `全年共收到有关政府信息公开的${channel}申请3件。`)).toBeNull();
    expect(requestsKey('2021', '收到', `${channel}的`, `全年共收到${channel}的申请3件。`)).toBeNull();
    expect(requestsKey('pre2019', '收到', `${channel}`, `全年共收到${channel}申请3件。`)).toBeNull();
  });

  it('a channel word inside the qualifier, not at its end, names no channel', () => {
    expect(requestsKey('2021', '收到', '通过网上平台提交的政府信息公开', '全年共收到通过网上平台提交的政府信息公开申请3件。')).toEqual(NEW);
  });

  it.each([
    '全年共收到政府信息公开申请28件（含上年结转3件）。',
    '全年共收到政府信息公开申请28件，其中上年度遗留2件。',
    '全年共收到政府信息公开申请28件，其中上年未办结2件。',
    '全年共收到政府信息公开申请28件，含上年2件。',
    '全年共收到政府信息公开申请28件，包括往年申请2件。',
    '全年共收到政府信息公开申请28件，连同上年申请共30件。',
  ])('a sentence counting carried-over requests gives no key: %s', (sentence) => {
    expect(requestsKey('2021', '收到', '政府信息公开', sentence)).toBeNull();
    expect(requestsKey('2021', '接到', '政府信息公开', sentence)).toBeNull();
    expect(requestsKey('pre2019', '受理', '政府信息公开', sentence)).toBeNull();
  });

  it('新收 counts this year’s requests whatever else the sentence says; 受理/办理 may include the carried-over ones', () => {
    expect(requestsKey('2021', '新收', '政府信息公开', '本年新收政府信息公开申请25件，上年结转3件。')).toEqual(NEW);
    expect(requestsKey('2021', '收到', '政府信息公开', '全年共收到政府信息公开申请25件。')).toEqual(NEW);
    expect(requestsKey('2019', '接到', '政府信息公开', '全年共接到政府信息公开申请25件。')).toEqual(NEW);
    expect(requestsKey('2021', '受理', '政府信息公开', '全年共受理政府信息公开申请25件。')).toBeNull();
    expect(requestsKey('2021', '办理', '政府信息公开', '全年共办理政府信息公开申请25件。')).toBeNull();
  });

  it('a pre-2019 report files 收到/受理 under its 受理 row, never 办理', () => {
    expect(requestsKey('pre2019', '受理', '政府信息公开', '全年共受理政府信息公开申请25件。')).toEqual(PRE);
    expect(requestsKey('pre2019', '收到', '有关政府信息公开的', '2013年全县共收到有关政府信息公开的申请7条。')).toEqual(PRE);
    expect(requestsKey('pre2019', '办理', '政府信息公开', '全年共办理政府信息公开申请25件。')).toBeNull();
  });
});
