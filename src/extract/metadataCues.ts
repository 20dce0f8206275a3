/**
 * The cues a report gives about itself, each read on its own: titles (any order, spacing, wording, split
 * over lines, in a crawler's or page's 标题 field), page fields (发布机构, 来源, 发文机关), the opening
 * sentence (本报告由XX编制), the signature, the statistics period and the page's own address.
 * metadata.ts weighs them.
 */
import { compactLabel } from './text/normalize';
import { isAgencyName } from './agencyName';
import { allMatches } from './text/matches';

export interface Line {
  text: string;
  line: number;
}

export type AgencySource = 'title' | 'opening' | 'signature' | 'page_field';

export interface AgencyCue {
  name: string;
  source: AgencySource;
  line: number;
}

const YEAR = '((?:19|20)\\d{2})';
/** The report kinds a title ends with: …政府信息公开工作年度报告, …政务公开工作年度报告, …信息公开年报, …工作情况的报告. */
const TITLE_END = new RegExp(`(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:情况)?的?(?:年度)?(?:报告|年报)(?:\\(${YEAR}年?度?\\))?$`);
const YEAR_START = new RegExp(`^${YEAR}年度?`);
const YEAR_END = new RegExp(`${YEAR}年度?$`);

/**
 * A title's agency ('' when it names none) and year (null when none), or null when `text` is not a
 * title. Both orders: 2019年XX局… and XX局2019年…; 关于2019年度…的报告 and XX局关于….
 */
export function parseTitle(text: string): { agency: string; year: number | null } | null {
  const t = compactLabel(text).replace(/^附件\d*[:：]?/, '').replace(/^《(.*)》$/, '$1');
  const end = TITLE_END.exec(t);
  if (!end) return null;
  let prefix = t.slice(0, end.index).replace(/关于/, '');
  let year = end[1] ? Number(end[1]) : null;
  const m = YEAR_START.exec(prefix) ?? YEAR_END.exec(prefix);
  if (m) {
    if (year !== null && year !== Number(m[1])) return null;
    year = Number(m[1]);
    prefix = m.index === 0 ? prefix.slice(m[0].length) : prefix.slice(0, m.index);
  }
  if (prefix !== '' && !isAgencyName(prefix)) return null;
  return { agency: prefix, year };
}

/** The value of a `标题:` line (crawler dumps, page fields). */
const TITLE_FIELD = /^(?:标题|题名|文章标题)\s*[:：]\s*(.+)$/;
const SHORT = 60;
const PAGE_TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-—–]+\s+/;
/** A line short enough to be a whole title, once spaces are gone (the raw length spares compacting a long body). */
const isShort = (text: string) => text.length <= SHORT * 4 && compactLabel(text).length <= SHORT;

/** A page title joins the report's name and the site's: 市民政局2020年…报告_吴忠市人民政府. */
function pageTitleParts(text: string, line: number): Line[] {
  const parts = text.split(PAGE_TITLE_SEPARATOR);
  return parts.length > 1 ? parts.map((part) => ({ text: part, line })) : [];
}

/**
 * Texts that may be a title: a 标题 field, each of the first lines and each line joined with the next
 * (a title split over two lines); and runs of one to three space-separated pieces of a line (a crawler's
 * one-line body with breadcrumbs in front, a title followed by 来源 on its line).
 */
function titleCandidates(lines: Line[]): Line[] {
  const out: Line[] = [];
  const head = lines.slice(0, 15);
  const short = head.map((l) => isShort(l.text));
  head.forEach((l, i) => {
    const field = TITLE_FIELD.exec(l.text.trim());
    if (field) return void out.push({ text: field[1], line: l.line }, ...pageTitleParts(field[1], l.line));
    if (short[i]) {
      out.push(l, ...pageTitleParts(l.text, l.line));
      const next = head[i + 1];
      if (next && short[i + 1]) out.push({ text: l.text + next.text, line: l.line });
    }
    const pieces = l.text.trim().slice(0, 2000).split(/\s+/).slice(0, 40);
    // Runs that end in a piece holding 报 (报告, 年报): a title ends so.
    pieces.forEach((piece, last) => {
      if (!piece.includes('报')) return;
      for (let n = 1; n <= 3 && last - n + 1 >= 0; n++) out.push({ text: pieces.slice(last - n + 1, last + 1).join(''), line: l.line });
    });
  });
  return out;
}

export interface TitleCues {
  agencies: AgencyCue[];
  year: number | null;
}

/** Every title's agency, and the first title's year. A title naming no agency takes one from the line beside it. */
export function readTitles(lines: Line[]): TitleCues {
  const agencies: AgencyCue[] = [];
  let year: number | null = null;
  const head = lines.slice(0, 15);
  for (const c of titleCandidates(lines)) {
    // Cheap tests first: a title is short and ends in 报告 or 年报 (spaces may stand between characters).
    if (c.text.length > 200 || !/(报\s*告|年\s*报)[\s)）]*$|报\s*告\s*[(（]/.test(c.text)) continue;
    const title = parseTitle(c.text);
    if (!title) continue;
    year ??= title.year;
    if (title.agency) {
      agencies.push({ name: title.agency, source: 'title', line: c.line });
      continue;
    }
    const i = head.findIndex((l) => l.line === c.line);
    const beside = [head[i + 1], head[i + 2], head[i - 1]].map((l) => l && compactLabel(l.text).replace(YEAR_END, '')).find((t) => t && isAgencyName(t));
    if (beside) agencies.push({ name: beside, source: 'title', line: c.line });
  }
  return { agencies, year };
}

/** Page fields naming a body: 发布机构, 来源, 发文机关 (crawler header lines, a page's info bar). */
const PAGE_FIELD = /(?:^|\s)(?:发布机构|信息来源|来源|发文机关|发文单位|发布单位)\s*[:：]\s*([^\s:：]{2,30})/g;

export function readPageFields(lines: Line[]): AgencyCue[] {
  const cues: AgencyCue[] = [];
  for (const l of [...lines.slice(0, 15), ...lines.slice(-5)]) {
    // A page's info bar stands near the start of its line (a crawler's one-line body starts with it). A PDF's
    // text may carry Kangxi radicals (发⽂机关): NFKC before any test.
    const text = l.text.slice(0, 3000).normalize('NFKC');
    if (!/来源|机构|发文|发布单位/.test(text)) continue;
    for (const m of text.matchAll(PAGE_FIELD)) {
      const name = compactLabel(m[1]);
      if (isAgencyName(name)) cues.push({ name, source: 'page_field', line: l.line });
    }
  }
  return cues;
}

/** 本报告由XX编制 / XX编制了2024年度…报告 / XX编制完成了本报告. */
const OPENING = [
  /本报告由([\u3400-\u9fff()]{2,30}?)(?:负责)?(?:编制|编写|起草|制作)/g,
  /(?:^|[,，。;；:：)》])([\u3400-\u9fff()]{2,30}?)(?:编制|编写)(?:完成)?了?(?:本报告|本年度报告|(?:19|20)\d{2}年度?[^。]{0,30}报告)/g,
];

export function readOpening(lines: Line[]): AgencyCue[] {
  const cues: AgencyCue[] = [];
  for (const l of lines.slice(0, 20)) {
    if (!/编\s*[制写]/.test(l.text)) continue;
    const text = compactLabel(l.text.slice(0, 3000));
    for (const re of OPENING) for (const m of text.matchAll(re)) if (isAgencyName(m[1])) cues.push({ name: m[1], source: 'opening', line: l.line });
  }
  return cues;
}

const DATE = `${YEAR}年(\\d{1,2})月(\\d{1,2})日`;
const DATE_LINE = new RegExp(`^(.{0,30}?)${DATE}$`);

export interface Signature {
  agency: AgencyCue | null;
  date: string;
  year: number | null;
  month: number | null;
}

/** The last date ending a line, and the agency before it on that line or on one of the two lines above. */
export function readSignature(lines: Line[]): Signature {
  const cache = new Map<number, string>();
  const compact = (i: number) => cache.get(i) ?? cache.set(i, compactLabel(lines[i].text)).get(i)!;
  for (let i = lines.length - 1; i >= 0; i--) {
    // A signature line is short; a long line is prose and is not compacted for nothing.
    if (lines[i].text.length > 200 || !lines[i].text.includes('日')) continue;
    const m = DATE_LINE.exec(compact(i));
    if (!m) continue;
    const date = `${m[2]}-${m[3].padStart(2, '0')}-${m[4].padStart(2, '0')}`;
    const at = [m[1] ? i : -1, i - 1, i - 2].find((j) => j >= 0 && isAgencyName(j === i ? m[1] : compact(j)));
    const agency = at === undefined ? null : { name: at === i ? m[1] : compact(at), source: 'signature' as const, line: lines[at].line };
    // A date within a sentence is not a signature: the text before it on its line must be a name or nothing.
    if (m[1] && at !== i) continue;
    return { agency, date, year: Number(m[2]), month: Number(m[3]) };
  }
  return { agency: null, date: '', year: null, month: null };
}

/** The statistics period in any wording: 统计期限/时限/周期/区间 (为|自) 2024年1月1日…, or …为2024年度. */
const PERIOD = new RegExp(`统计(?:期限|时限|周期|区间|期间|时段|时间|范围)(?:为|是|:)?(?:自|从)?${YEAR}年(?:0?1月0?1日|度)`);
/** 现将2011年度政府信息公开…报告 / 情况: the report stating its own year in its opening. */
const STATED = new RegExp(`现将${YEAR}年度?[^。]{0,30}(?:报告|情况)`);

const PERIOD_OR_STATED = /统\s*计|现\s*将/g;

export function readStatedYear(lines: Line[]): { period: number | null; stated: number | null } {
  let period: number | null = null;
  let stated: number | null = null;
  for (const l of lines) {
    // Only the stretch after each 统计 / 现将 is compacted: a crawler's body is one long line.
    for (const at of allMatches(l.text, PERIOD_OR_STATED)) {
      const t = compactLabel(l.text.slice(at.index, at.index + 120));
      period ??= Number(PERIOD.exec(t)?.[1]) || null;
      stated ??= Number(STATED.exec(t)?.[1]) || null;
    }
    if (period !== null) break;
  }
  return { period, stated };
}

/** The page's own address: a crawler's 原文链接 line, a page's 原文地址. */
const URL_FIELD = /(?:^|\s)(?:原文链接|原文地址|原文网址|页面地址)\s*[:：]\s*(https?:\/\/[^\s"'<>]+)/;

export function readSourceUrl(lines: Line[]): string {
  for (const l of lines.slice(0, 15)) {
    const m = URL_FIELD.exec(l.text);
    if (m) return m[1];
  }
  return '';
}
