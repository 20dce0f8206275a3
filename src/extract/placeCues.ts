/**
 * What a report's own text says about its place, for an agency name printed without one (市民政局): the
 * local regulation it cites, its address, its web address, and 本市/本区/本县 said of a place its title
 * names. Each cue says where it came from, so that cues which disagree can be named (agencyName.ts
 * keeps a place only when all agree).
 */
import hostsJson from '../../data/dictionary/gov-hosts.json';
import { type Place, resolvePlace } from './divisions';
import { compactLabel } from './text/normalize';

export interface PlaceCue {
  place: Place;
  /** Where the text gives it: `《福建省政府信息公开办法》`, `address …`, `website www.pingtan.gov.cn`, `本区 and the title`. */
  cue: string;
}

interface Line {
  text: string;
}

/** A cited local regulation (《福建省政府信息公开办法》) and an address name the report's place. */
const REGULATION = /《([\u3400-\u9fff]{2,12}?(?:省|自治区|市))(?:人民政府)?(?:政府信息公开|政务公开)[\u3400-\u9fff]{0,12}?(?:规定|办法|实施细则|条例)》/g;
const ADDRESS = /(?:办公|通讯|联系)?地址(?:为|是|在|:)?([\u3400-\u9fff]{4,30})/g;

const HOSTS = (hostsJson.hosts as { host: string; place: string }[]).map((h) => ({ host: h.host, place: resolvePlace(h.place) }));
/** A *.gov.cn host wherever it stands: https://www.pingtan.gov.cn/…, （www.pingtan.gov.cn）, 网址：pingtan.gov.cn. */
const GOV_HOST = /(?<![a-z0-9.-])((?:[a-z0-9-]+\.)+gov\.cn)(?!\.?[a-z0-9-])/gi;

/** The division of a host the data file lists (the host itself or a subdomain of it). */
export function placeOfHost(host: string): Place | null {
  const h = host.toLowerCase();
  return HOSTS.find((e) => h === e.host || h.endsWith(`.${e.host}`))?.place ?? null;
}

/** 本市 / 本区 / 本县 / 本旗 / 本州 / 本盟 / 本省: the text speaks of a place of that kind as its own. */
const OWN_PLACE = /本(市|区|县|旗|州|盟|省|自治区)(?![域间级])/g;
/** A title line: a crawler's or page's 标题 field, the page's site name, or a line holding the report's name. */
const TITLE_LINE = /^(?:标题|题名|文章标题|网页标题|网站名称)\s*[:：]|报\s*告|年\s*报/;
/** Pieces of a title line: a page title joins the report's name and the site's with _ - | · —. */
const PIECE_SPLIT = /[\s_|\-—–·•:：、,，()（）《》【】\[\]]+/;
/** What may follow a place in a title's piece: the site or government it names (吴忠市人民政府, 平潭综合实验区门户网站). */
const SITE_REST = /^(?:人民政府|政府|管委会|党工委管委会|门户网站|政府网站|政府网|网站|人民政府网|)$/;

/** The places the text gives, each with its cue. `head`: the first lines, where a title stands. */
export function placeCues(lines: Line[], head: Line[]): PlaceCue[] {
  const compact = compactLabel(lines.map((l) => l.text).join('\n'));
  const cues: PlaceCue[] = [];
  for (const m of compact.matchAll(REGULATION)) {
    const p = resolvePlace(m[1]);
    if (p && p.rest === '') cues.push({ place: p, cue: m[0] });
  }
  for (const m of compact.matchAll(ADDRESS)) {
    const p = resolvePlace(m[1]);
    if (p && p.admin_level !== '') cues.push({ place: p, cue: `address ${m[1]}` });
  }
  const hosts = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(GOV_HOST)) hosts.add(m[1].toLowerCase().replace(/^www\./, ''));
  for (const host of hosts) {
    const p = placeOfHost(host);
    if (p) cues.push({ place: p, cue: `website ${host}` });
  }
  cues.push(...ownPlaceInTitle(compact, head));
  return cues;
}

/**
 * 本市 (本区, 本县…) in the text, said of the place the title names with that same ending: a page title
 * `市民政局2020年…报告_吴忠市人民政府` and `本市` give 吴忠市. Nothing without both.
 */
function ownPlaceInTitle(compact: string, head: Line[]): PlaceCue[] {
  const own = new Set([...compact.matchAll(OWN_PLACE)].map((m) => m[1]));
  if (own.size === 0) return [];
  const cues: PlaceCue[] = [];
  const seen = new Set<string>();
  for (const l of head) {
    if (l.text.length > 200 || !TITLE_LINE.test(l.text.trim())) continue;
    for (const piece of l.text.normalize('NFKC').split(PIECE_SPLIT)) {
      const name = piece.replace(/^(?:标题|题名|文章标题|网页标题|网站名称)/, '');
      const p = name.length >= 2 && name.length <= 30 ? resolvePlace(name) : null;
      if (!p || !SITE_REST.test(p.rest)) continue;
      const placeName = name.slice(0, name.length - p.rest.length);
      const ending = [...own].find((word) => placeName.endsWith(word));
      if (!ending || seen.has(placeName)) continue;
      seen.add(placeName);
      cues.push({ place: { ...p, rest: '' }, cue: `本${ending} and the title's ${placeName}` });
    }
  }
  return cues;
}
