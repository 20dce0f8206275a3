/**
 * Reports kept in IndexedDB under an earlier contract lack the columns added since (agency_as_printed,
 * source_url, metadata_flags, metadata_missing, layout). They come back with those empty, as an earlier
 * reports.csv loads: nothing is re-extracted or guessed for them.
 */
import type { Report } from '../../extract/types';
import type { LocalReport } from './types';

export function upgradeReport(report: Report): Report {
  return {
    ...report,
    agency_as_printed: report.agency_as_printed ?? '',
    source_url: report.source_url ?? '',
    metadata_flags: report.metadata_flags ?? [],
    metadata_missing: report.metadata_missing ?? '',
    layout: report.layout ?? '',
  };
}

export const upgradeLocal = (entry: LocalReport): LocalReport => ({ ...entry, report: upgradeReport(entry.report) });
