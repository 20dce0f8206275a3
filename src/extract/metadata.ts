/**
 * Agency, place, year, signature date and web address of a report, from every cue it gives, weighed.
 * The agency comes from the strongest cue: a title names the reporting body itself, while a page field
 * (来源, 发布机构) names whoever posted the page; so two bodies publishing the same text (平潭综合实验区 and
 * 平潭县人民政府 2011) each keep their own title's name, and 来源：平潭县人民政府 on the zone's page
 * does not override the zone's title. What cannot be found is said, never filled in.
 */
import { REPORT_FLAGS, type ReportFlag } from '../vocabulary';
import type { Place } from './divisions';
import { resolveAgency } from './agencyName';
import {
  type AgencyCue,
  type AgencySource,
  type Line,
  readOpening,
  readPageFields,
  readSignature,
  readSourceUrl,
  readStatedYear,
  readTitles,
} from './metadataCues';
import { placeCues } from './placeCues';
import type { SourceDocument } from './types';

export interface Metadata {
  agency: string;
  agencyAsPrinted: string;
  place: Place | null;
  reportYear: number | null;
  yearInferred: boolean;
  publishedDate: string;
  sourceUrl: string;
  flags: ReportFlag[];
  /** `field: reason` for each of agency, place and year that could not be found. */
  missing: string[];
}

/** Flags are listed in the vocabulary's order, whatever order the cues were read in. */
const FLAG_ORDER = Object.keys(REPORT_FLAGS);

/** How much each kind of cue says about who reports: the title most, a page's field least. */
const WEIGHT: Record<AgencySource, number> = { title: 4, opening: 3, signature: 2, page_field: 1 };

function strongest(cues: AgencyCue[]): AgencyCue | null {
  // Stable sort: among equal weights the first in the text wins.
  return [...cues].sort((a, b) => WEIGHT[b.source] - WEIGHT[a.source])[0] ?? null;
}

interface Year {
  year: number | null;
  inferred: boolean;
  flags: ReportFlag[];
  missing: string;
}

/**
 * The title's year or the statistics period's; when both are given and differ, none (year_conflict).
 * Else the year the opening states, else the signature's (reports are signed early in the next year or
 * late in the same one). Page dates are never used: they mislead.
 */
function weighYear(title: number | null, period: number | null, stated: number | null, signature: { year: number | null; month: number | null }): Year {
  if (title !== null && period !== null && title !== period) {
    return { year: null, inferred: false, flags: ['year_conflict'], missing: `year: the title says ${title}, the statistics period ${period}` };
  }
  const year = title ?? period ?? stated;
  if (year !== null) return { year, inferred: false, flags: [], missing: '' };
  if (signature.year !== null && signature.month !== null) {
    return { year: signature.month <= 6 ? signature.year - 1 : signature.year, inferred: true, flags: ['year_inferred'], missing: '' };
  }
  return { year: null, inferred: false, flags: ['year_missing'], missing: 'year: no title year, statistics period or signature date' };
}

export function readMetadata(doc: SourceDocument): Metadata {
  const lines: Line[] = doc.lines.filter((l) => l.text.trim() !== '');
  const titles = readTitles(lines);
  const signature = readSignature(lines);
  const cue = strongest([...titles.agencies, ...readOpening(lines), ...(signature.agency ? [signature.agency] : []), ...readPageFields(lines)]);
  const stated = readStatedYear(lines);
  const year = weighYear(titles.year, stated.period, stated.stated, signature);
  const flags: ReportFlag[] = [...year.flags];
  const missing = year.missing ? [year.missing] : [];

  let agency = '';
  let place: Place | null = null;
  if (cue) {
    const resolved = resolveAgency(cue.name, () => placeCues(lines, lines.slice(0, 15)));
    agency = resolved.agency;
    place = resolved.place;
    flags.push(...resolved.flags);
    if (!place) {
      flags.push('place_missing');
      missing.push(`place: ${resolved.placeMissing}`);
    }
  } else {
    flags.push('agency_missing');
    missing.unshift('agency: no title, opening sentence, signature or page field names the reporting body');
  }
  return {
    agency,
    agencyAsPrinted: cue?.name ?? '',
    place,
    reportYear: year.year,
    yearInferred: year.inferred,
    publishedDate: signature.date,
    sourceUrl: readSourceUrl(lines),
    flags: flags.sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b)),
    missing,
  };
}
