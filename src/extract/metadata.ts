/** Agency, report year and signature date, from the title block and the signature of a report. */
import type { SourceDocument } from './types';
import { compactLabel } from './text/normalize';

const AGENCY_SUFFIX = /(人民政府|政府办公室|办公厅|办公室|委员会|管理局|局|厅|委|院|署|办|中心|政府)$/;
const TITLE = /^(?:附件\d*[:：]?)?(.*?)(?:((?:19|20)\d{2})年度?)?政府信息公开(?:工作)?(?:年度)?报告$/;
const DATE_LINE = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;

export interface Metadata {
  agency: string;
  reportYear: number | null;
  yearInferred: boolean;
  publishedDate: string;
}

const withoutYear = (t: string) => t.replace(/(?:19|20)\d{2}年度?$/, '');

function agencyLike(text: string): boolean {
  return text.length >= 3 && text.length <= 30 && AGENCY_SUFFIX.test(text) && /^[\u3400-\u9fff]+$/.test(text);
}

/** The title (possibly split over two lines) and the agency it names or stands beside. */
function readTitle(lines: string[]): { agency: string; year: number | null } {
  const head = lines.slice(0, 12);
  // Whole lines first; a title broken over two lines (003: 下城区民政局2020年 / 政府信息公开工作年度报告) second.
  const candidates = [
    ...head.map((text, i) => ({ text, i, used: 1 })),
    ...head.slice(0, -1).map((text, i) => ({ text: text + head[i + 1], i, used: 2 })),
  ];
  let titleYear: number | null = null;
  for (const { text, i, used } of candidates) {
    const m = TITLE.exec(text);
    if (!m) continue;
    const year = m[2] ? Number(m[2]) : null;
    titleYear ??= year;
    const agency = [m[1], head[i + used] ?? '', head[i - 1] ?? ''].map(withoutYear).find(agencyLike);
    if (agency) return { agency, year: year ?? titleYear };
  }
  return { agency: '', year: titleYear };
}

/** The last date standing on its own line, and the agency line just above it. */
function readSignature(lines: string[]): { agency: string; date: string; year: number | null; month: number | null } {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = DATE_LINE.exec(lines[i]);
    if (!m) continue;
    const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    const above = [lines[i - 1], lines[i - 2]].find((l) => l && agencyLike(l)) ?? '';
    return { agency: above, date, year: Number(m[1]), month: Number(m[2]) };
  }
  return { agency: '', date: '', year: null, month: null };
}

/** A year the report states for its own statistics, when the title has none. */
function statedYear(lines: string[]): number | null {
  for (const line of lines) {
    const m =
      /统计期限自((?:19|20)\d{2})年1月1日/.exec(line) ??
      /现将((?:19|20)\d{2})年度?[^。]{0,30}(?:报告|情况)/.exec(line) ??
      /^((?:19|20)\d{2})年度?政府信息公开/.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

export function readMetadata(doc: SourceDocument): Metadata {
  const lines = doc.lines.map((l) => compactLabel(l.text)).filter(Boolean);
  const title = readTitle(lines);
  const signature = readSignature(lines);
  const agency = title.agency || signature.agency;
  const stated = title.year ?? statedYear(lines);
  if (stated !== null) return { agency, reportYear: stated, yearInferred: false, publishedDate: signature.date };
  if (signature.year !== null && signature.month !== null) {
    // Reports are signed after the year they cover: early in the next year, or late in the same one.
    const year = signature.month <= 6 ? signature.year - 1 : signature.year;
    return { agency, reportYear: year, yearInferred: true, publishedDate: signature.date };
  }
  return { agency, reportYear: null, yearInferred: false, publishedDate: signature.date };
}
