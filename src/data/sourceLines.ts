/**
 * The source lines of facts whose file the site does not serve, from data/lines.csv (a file for people and
 * other tools, read here by the source viewer, not loaded as a table). Fetched once, on the first look.
 */
import { type FactLine, parseLinesCsv } from '../extract/factLines';
import type { DataLayout } from './load/layout';

declare const __DATA_LAYOUT__: DataLayout;

let loaded: Promise<Map<string, FactLine[]>> | undefined;

/**
 * data/lines.csv by report_id; an absent or unreadable file gives an empty map. A packed (national-scale)
 * site serves no CSV file and reads none, as for sources.csv.
 */
export function sourceLines(): Promise<Map<string, FactLine[]>> {
  if (__DATA_LAYOUT__ === 'packed') return Promise.resolve(new Map());
  loaded ??= fetch(`${import.meta.env.BASE_URL}data/lines.csv`)
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => {
      const out = new Map<string, FactLine[]>();
      for (const row of parseLinesCsv(text)) out.set(row.report_id, [...(out.get(row.report_id) ?? []), row]);
      return out;
    })
    .catch(() => new Map());
  return loaded;
}
