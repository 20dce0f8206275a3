/**
 * From the agency name a report prints to the official name and its place: abbreviations expanded
 * (data/dictionary/agency-aliases.json), a look-alike character in the place put right, and a missing
 * place read from the text itself. Every step is flagged and the printed name is kept beside.
 */
import aliasesJson from '../../data/dictionary/agency-aliases.json';
import type { AdminLevel, ReportFlag } from '../vocabulary';
import { matchPlace, resolvePlace, type Place } from './divisions';
import type { PlaceCue } from './placeCues';

const AGENCY_SUFFIX = /(人民政府|政府办公室|办公厅|办公室|委员会|管委会|管理局|局|厅|委|院|署|办|中心|政府)$/;
/** Words that open a sentence, never a name: 我区管委会办公室编制…, 本报告由… */
const NOT_A_NAME_START = /^(我|本|现|各|全|该|由|经|对|在|并|其)/;
/** The level word a name without its place starts with (市民政局, 县府办), and the level it stands for. */
const LEVEL_WORDS: Record<string, AdminLevel> = { 省: 'province', 自治区: 'province', 市: 'city', 州: 'city', 盟: 'city', 区: 'county', 县: 'county', 旗: 'county' };
const LEVEL_START = /^(自治区|省|市|州|盟|区|县|旗)/;

const ALIASES = [...(aliasesJson.aliases as { printed: string; full: string }[])].sort((a, b) => b.printed.length - a.printed.length);

/**
 * A plausible name of a reporting body: an agency word at its end, or a place on its own. A name
 * opening like a sentence (我区…, 本…) must open with a place to count (本溪市, 全椒县 do).
 */
export function isAgencyName(name: string): boolean {
  if (!/^[\u3400-\u9fff()]{2,30}$/.test(name) || /报告|年报|年度/.test(name)) return false;
  if (NOT_A_NAME_START.test(name) && !resolvePlace(name)) return false;
  return AGENCY_SUFFIX.test(name) || resolvePlace(name)?.rest === '';
}

/** The name with an abbreviation at its end expanded, when what stands before it is a place, a level word or nothing. */
function expandAlias(name: string): string | null {
  for (const { printed, full } of ALIASES) {
    if (!name.endsWith(printed)) continue;
    const head = name.slice(0, -printed.length);
    if (head === '' || LEVEL_START.test(head) && head.length <= 3 || resolvePlace(head)?.rest === '') return head + full;
  }
  return null;
}

export interface ResolvedAgency {
  agency: string;
  place: Place | null;
  flags: ReportFlag[];
  /** Why the place could not be found, when it could not. */
  placeMissing: string;
}

/**
 * The official name and place of `printed`. `textPlaces` gives the places the report's own text names
 * (placeCues), asked for only when the name has none.
 */
export function resolveAgency(printed: string, textPlaces: () => PlaceCue[]): ResolvedAgency {
  const flags: ReportFlag[] = [];
  const expanded = expandAlias(printed);
  if (expanded) flags.push('agency_expanded');
  let name = expanded ?? printed;
  const match = matchPlace(name);
  if (match) {
    if (match.lookalike) flags.push('place_lookalike');
    return { agency: match.name, place: match.place, flags, placeMissing: '' };
  }
  const level = LEVEL_START.exec(name)?.[1];
  if (!level) return { agency: name, place: null, flags, placeMissing: `${printed} names no place the division tables know` };
  const cues = textPlaces();
  const inferred = placeAtLevel(cues.map((c) => c.place), level, name);
  if (!inferred) {
    const why = cues.length
      ? `the places the text names disagree (${cues.map((c) => `${placeName(c.place)} from ${c.cue}`).join('; ')})`
      : 'the text names no place (no cited local regulation, address, known website, or 本市/本区 with a place in the title)';
    return { agency: name, place: null, flags, placeMissing: `${printed} names no place and ${why}` };
  }
  flags.push('place_inferred');
  name = inferred.agency;
  return { agency: name, place: inferred.place, flags, placeMissing: '' };
}

/**
 * The place of a name that starts with a level word, from the places the text names. When the text
 * names the place at the name's own level (市民政局 in a report that gives 吴忠市), the name gets it as
 * prefix and its division; otherwise only the wider place known is kept, with no division code.
 */
function placeAtLevel(places: Place[], levelWord: string, name: string): { agency: string; place: Place } | null {
  if (places.length === 0) return null;
  const deepest = [...places].sort((a, b) => rank(b) - rank(a))[0];
  const consistent = places.every(
    (p) => p.province === deepest.province && (!p.city || p.city === deepest.city) && (!p.county || p.county === deepest.county),
  );
  if (!consistent) return null;
  const level = LEVEL_WORDS[levelWord];
  // A zone outside GB/T 2260 (平潭综合实验区, prefecture-level) is what its own texts call 区: 区管委会办公室.
  const zone = deepest.division_code === '' && deepest.city !== '' && deepest.county === '' ? deepest.city : '';
  const own = zone.endsWith(levelWord) ? zone : level === 'county' ? deepest.county : level === 'city' ? deepest.city : deepest.province;
  const rest = name.slice(levelWord.length);
  if (own && own.endsWith(levelWord)) {
    const full = resolvePlace(own === deepest.province ? own + rest : prefixOf(deepest, level) + rest);
    if (full) return { agency: own + rest, place: full };
  }
  return {
    agency: name,
    place: {
      province: deepest.province,
      city: level === 'county' ? deepest.city : '',
      county: '',
      division_code: '',
      admin_level: level,
      rest,
    },
  };
}

const placeName = (p: Place) => [p.province, p.city !== p.province ? p.city : '', p.county].join('');

const rank = (p: Place) => (p.county ? 3 : p.city ? 2 : 1);

/** The place names down to `level`, for resolving a prefixed name unambiguously (福建省福州市平潭县). */
function prefixOf(p: Place, level: AdminLevel): string {
  const parts = [p.province, level !== 'province' && p.city !== p.province ? p.city : '', level === 'county' ? p.county : ''];
  return parts.join('');
}
