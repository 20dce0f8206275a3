/**
 * What counts as the name of a reporting body, and how a printed name becomes the official one: each agency
 * word, each sentence opener, each abbreviation rule, and a missing place from each level of the text's places.
 */
import { describe, expect, it } from 'vitest';
import { isAgencyName, resolveAgency } from './agencyName';
import { resolvePlace } from './divisions';
import type { PlaceCue } from './placeCues';

describe('isAgencyName', () => {
  it.each([
    ['市政府办公室'], ['市科学技术委员会'], ['区管委会'], ['民政局'], ['民政厅'], ['卫健委'], ['人民法院'], ['审计署'], ['市府办'],
    ['政务服务中心'], ['县政府'], ['淮安市人民政府'], ['湖北省人民政府办公厅'],
    // A place on its own (a report titled by its place), and places that open like a sentence.
    ['淮安市'], ['平潭综合实验区'], ['本溪市民政局'], ['全椒县人民政府'],
  ])('%s is a name', (name) => {
    expect(isAgencyName(name)).toBe(true);
  });

  it.each([
    // An agency word that does not end the text: a title of a person, a sentence.
    ['吴忠市民政局局长'], ['吴忠市民政'], ['政务公开工作'],
    // Too short, too long, digits or punctuation, a report's name.
    ['局'], ['吴'.repeat(28) + '民政局'], ['吴忠市民政局2020年'], ['吴忠市民政局，'], ['吴忠市民政局年报'], ['吴忠市民政局报告'], ['吴忠市民政局年度'],
    // A sentence's subject.
    ['我区管委会办公室'], ['本局'], ['现代农业服务中心'], ['各乡镇人民政府'], ['全区人民政府'], ['该局'], ['由市民政局'], ['经济开发区管委会'],
    ['对口支援办'], ['在职人员管理中心'], ['并入市民政局'], ['其他各局'],
  ])('%s is no name', (name) => {
    expect(isAgencyName(name)).toBe(false);
  });

  it('takes a name of exactly 30 characters, not 31', () => {
    expect(isAgencyName('吴'.repeat(27) + '民政局')).toBe(true);
    expect(isAgencyName('吴'.repeat(28) + '民政局')).toBe(false);
    expect(isAgencyName('民政')).toBe(false);
    expect(isAgencyName('市委')).toBe(true);
  });
});

const place = (name: string): PlaceCue => ({ place: resolvePlace(name)!, cue: name });
const noText = () => {
  throw new Error('the text is read only for a name without a place');
};

describe('resolveAgency: abbreviations', () => {
  it.each([
    ['发改委', '发展和改革委员会'],
    ['市发改委', '市发展和改革委员会'],
    ['自治区发改委', '自治区发展和改革委员会'],
    ['县政府办', '县人民政府办公室'],
    ['市府办', '市人民政府办公室'],
  ])('%s → %s', (printed, full) => {
    expect(resolveAgency(printed, () => [])).toMatchObject({ agency: full, flags: ['agency_expanded'] });
  });

  it('expands after a place, and leaves one after other words alone', () => {
    expect(resolveAgency('吴忠市发改委', noText)).toMatchObject({ agency: '吴忠市发展和改革委员会', flags: ['agency_expanded'], place: { division_code: '640300' } });
    expect(resolveAgency('市县两级发改委', () => [])).toMatchObject({ agency: '市县两级发改委', flags: [] });
    expect(resolveAgency('吴忠市民政发改委', noText)).toMatchObject({ agency: '吴忠市民政发改委', flags: [] });
  });
});

describe('resolveAgency: the place', () => {
  it('a name with its place needs no text', () => {
    expect(resolveAgency('吴忠市民政局', noText)).toEqual({
      agency: '吴忠市民政局', flags: [], placeMissing: '',
      place: { province: '宁夏回族自治区', city: '吴忠市', county: '', division_code: '640300', admin_level: 'city', rest: '民政局' },
    });
  });

  it('a name with neither place nor level word says the division tables do not know it, without reading the text', () => {
    expect(resolveAgency('民政局', noText)).toEqual({ agency: '民政局', place: null, flags: [], placeMissing: '民政局 names no place the division tables know' });
  });

  it('takes the place at the name’s own level from the deepest place the text gives', () => {
    expect(resolveAgency('县民政局', () => [place('福建省'), place('平潭县')])).toEqual({
      agency: '平潭县民政局', flags: ['place_inferred'], placeMissing: '',
      place: { province: '福建省', city: '福州市', county: '平潭县', division_code: '350128', admin_level: 'county', rest: '民政局' },
    });
    expect(resolveAgency('区民政局', () => [place('吴忠市'), place('吴忠市利通区')])).toMatchObject({
      agency: '利通区民政局', place: { county: '利通区', division_code: '640302' },
    });
    expect(resolveAgency('自治区民政厅', () => [place('吴忠市')])).toMatchObject({
      agency: '宁夏回族自治区民政厅', place: { province: '宁夏回族自治区', city: '', division_code: '640000', admin_level: 'province', rest: '民政厅' },
    });
    expect(resolveAgency('区民政局', () => [place('平潭综合实验区')])).toMatchObject({
      agency: '平潭综合实验区民政局', place: { province: '福建省', city: '平潭综合实验区', division_code: '', admin_level: 'city', rest: '民政局' },
    });
  });

  it('keeps only the wider place, with no division code, when the text gives none at the name’s level', () => {
    expect(resolveAgency('县民政局', () => [place('吴忠市')])).toEqual({
      agency: '县民政局', flags: ['place_inferred'], placeMissing: '',
      place: { province: '宁夏回族自治区', city: '吴忠市', county: '', division_code: '', admin_level: 'county', rest: '民政局' },
    });
    expect(resolveAgency('市民政局', () => [place('宁夏回族自治区')])).toMatchObject({
      agency: '市民政局', place: { province: '宁夏回族自治区', city: '', division_code: '', admin_level: 'city' },
    });
    // 宁夏回族自治区 is no 省: 省民政厅 keeps its printed name.
    expect(resolveAgency('省民政厅', () => [place('吴忠市')])).toMatchObject({
      agency: '省民政厅', place: { province: '宁夏回族自治区', city: '', division_code: '', admin_level: 'province' },
    });
    // The zone is a 区: a 市 body of its text is placed in the province only.
    expect(resolveAgency('市民政局', () => [place('平潭综合实验区')])).toMatchObject({
      agency: '市民政局', place: { province: '福建省', city: '', division_code: '', admin_level: 'city' },
    });
  });

  it('gives no place when the text’s places disagree, naming each', () => {
    const r = resolveAgency('市民政局', () => [place('吴忠市'), place('银川市')]);
    expect(r).toEqual({
      agency: '市民政局', place: null, flags: [],
      placeMissing: '市民政局 names no place and the places the text names disagree (宁夏回族自治区吴忠市 from 吴忠市; 宁夏回族自治区银川市 from 银川市)',
    });
    expect(resolveAgency('县民政局', () => [place('平潭县'), place('福州市长乐区')]).place).toBeNull();
    expect(resolveAgency('区民政局', () => [place('吴忠市利通区'), place('吴忠市红寺堡区')]).place).toBeNull();
    expect(resolveAgency('区民政局', () => [place('福建省'), place('江苏省')]).place).toBeNull();
    // A municipality's district is named once with its municipality, not 北京市北京市.
    expect(resolveAgency('区民政局', () => [place('北京市朝阳区'), place('北京市海淀区')]).placeMissing).toBe(
      '区民政局 names no place and the places the text names disagree (北京市朝阳区 from 北京市朝阳区; 北京市海淀区 from 北京市海淀区)',
    );
  });

  it('names the place in full where its name alone is not enough: a municipality’s district, a district of a name found twice', () => {
    expect(resolveAgency('区民政局', () => [place('北京市朝阳区')])).toMatchObject({
      agency: '朝阳区民政局', place: { province: '北京市', city: '北京市', county: '朝阳区', division_code: '110105', admin_level: 'county', rest: '民政局' },
    });
    expect(resolveAgency('区民政局', () => [place('长春市朝阳区')])).toMatchObject({
      agency: '朝阳区民政局', place: { province: '吉林省', city: '长春市', county: '朝阳区', division_code: '220104', admin_level: 'county', rest: '民政局' },
    });
    // A 市 body of a text whose deepest place is a county of that city.
    expect(resolveAgency('市民政局', () => [place('吴忠市利通区')])).toEqual({
      agency: '吴忠市民政局', flags: ['place_inferred'], placeMissing: '',
      place: { province: '宁夏回族自治区', city: '吴忠市', county: '', division_code: '640300', admin_level: 'city', rest: '民政局' },
    });
  });

  it('takes no 地区 (a prefecture, ending in 区 like a district) for the place of a 区 body', () => {
    const wider = { province: '新疆维吾尔自治区', city: '阿克苏地区', county: '', division_code: '', admin_level: 'county', rest: '民政局' };
    expect(resolveAgency('区民政局', () => [place('阿克苏地区')])).toMatchObject({ agency: '区民政局', place: wider });
    expect(resolveAgency('区民政局', () => [place('阿克苏地区阿克苏市')])).toMatchObject({ agency: '区民政局', place: wider });
  });
});
