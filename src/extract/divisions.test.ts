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

  it('does not choose between two divisions that fit (通州区 of 北京 and of 南通)', () => {
    expect(matchPlace('通洲区民政局')).toBeNull();
  });

  it('leaves names printed right alone', () => {
    expect(matchPlace('泸州市民政局')).toMatchObject({ name: '泸州市民政局', lookalike: false });
    expect(matchPlace('杭州市西湖区民政局')).toMatchObject({ lookalike: false, place: { division_code: '330106' } });
  });
});
