/**
 * Where each published report's file lives and which reports share their text, from data/sources.csv (a
 * file for people and other tools, read here by the pages that name sources, not loaded as a table).
 * The build serves data/raw only: a file kept elsewhere (../shared/reports) is not on this site.
 */
import { parseSourcesCsv } from '../extract/sources';
import type { DataLayout } from './load/layout';

export interface SourceFile {
  location: string;
  /** report_ids of reports whose text is nearly the same (two bodies publishing one text). */
  sharesTextWith: string[];
}

const SERVED = 'data/raw/';

export const servedOnSite = (location: string) => location.startsWith(SERVED);

/** An official address is shown as a link only when it is a web address (never `javascript:` or the like). */
export const webAddress = (url: string | null | undefined) => (url && /^https?:\/\/[^\s<>"]+$/i.test(url) ? url : '');

declare const __DATA_LAYOUT__: DataLayout;

let loaded: Promise<Map<string, SourceFile>> | undefined;

/**
 * data/sources.csv by report_id, fetched once; an absent or unreadable file gives an empty map. A packed
 * (national-scale) site serves no CSV file, and a row per report would be tens of MB there: it reads none.
 */
export function sourceFiles(): Promise<Map<string, SourceFile>> {
  if (__DATA_LAYOUT__ === 'packed') return Promise.resolve(new Map());
  loaded ??= fetch(`${import.meta.env.BASE_URL}data/sources.csv`)
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => new Map(parseSourcesCsv(text).map((r) => [r.report_id, { location: r.location, sharesTextWith: r.shares_text_with.split(';').filter(Boolean) }])))
    .catch(() => new Map());
  return loaded;
}
