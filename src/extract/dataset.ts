/** Many extracted reports → one dataset: duplicates dropped, sidecars applied, checks across years. */
import { carryOverChecks } from './checks';
import type { ExtractResult } from './extractReport';
import { agencyIdOf, finishChecks } from './finishReport';
import { applyCorrections, applyOverrides, type Correction, type MetadataOverride } from './sidecars';
import type { Check, Fact, Report } from './types';

export interface Dataset {
  reports: Report[];
  facts: Fact[];
  checks: Check[];
  /** What a person should know: duplicates skipped, corrections that no longer apply. */
  messages: string[];
}

type Extracted = Extract<ExtractResult, { ok: true }>;

export function buildDataset(
  results: Extracted[],
  sidecars: { overrides?: MetadataOverride[]; corrections?: Correction[] } = {},
): Dataset {
  const messages: string[] = [];
  const byId = new Map<string, Extracted>();
  for (const r of results) {
    const first = byId.get(r.report.report_id);
    if (first) messages.push(`${r.report.source_file}: same file as ${first.report.source_file}, counted once`);
    else byId.set(r.report.report_id, r);
  }
  const kept = [...byId.values()];
  for (const { report, facts } of kept) {
    applyOverrides(report, sidecars.overrides ?? []);
    report.agency_id = agencyIdOf(report);
    for (const f of facts) f.agency = report.agency;
  }
  const corrected = applyCorrections(kept.flatMap((r) => r.facts), sidecars.corrections ?? []);
  messages.push(...corrected.messages);

  // Checks run again only where a correction changed a number.
  const checksById = new Map(
    kept.map((r) => [r.report.report_id, corrected.changed.has(r.report.report_id) ? finishChecks(r.report, r.facts) : [...r.checks]]),
  );
  for (const [prev, cur] of consecutiveYears(kept)) {
    const extra = carryOverChecks(
      { reportId: prev.report.report_id, year: prev.report.report_year!, facts: prev.facts },
      { reportId: cur.report.report_id, year: cur.report.report_year!, facts: cur.facts },
    );
    checksById.get(cur.report.report_id)!.push(...extra);
    cur.report.checks_passed += extra.filter((c) => c.status === 'pass').length;
    cur.report.checks_failed += extra.filter((c) => c.status === 'fail').length;
  }
  sortReports(kept);
  return {
    reports: kept.map((r) => r.report),
    facts: kept.flatMap((r) => r.facts),
    checks: kept.flatMap((r) => checksById.get(r.report.report_id)!),
    messages,
  };
}

/** The dataset's row order: by agency, then year. Sorts in place and returns the array. */
export function sortReports<T extends { report: Report }>(entries: T[]): T[] {
  return entries.sort((a, b) => a.report.agency_id.localeCompare(b.report.agency_id) || (a.report.report_year ?? 0) - (b.report.report_year ?? 0));
}

/** Pairs of reports by one agency, identified through its division, for years y-1 and y. */
function consecutiveYears(reports: Extracted[]): [Extracted, Extracted][] {
  const byAgencyYear = new Map<string, Extracted>();
  for (const r of reports) {
    // Only ids anchored to a division identify one body: `x-民政局` may be many bureaus.
    if (!/^\d{6}-/.test(r.report.agency_id) || r.report.report_year === null) continue;
    byAgencyYear.set(`${r.report.agency_id}|${r.report.report_year}`, r);
  }
  const pairs: [Extracted, Extracted][] = [];
  for (const r of byAgencyYear.values()) {
    const prev = byAgencyYear.get(`${r.report.agency_id}|${r.report.report_year! - 1}`);
    if (prev) pairs.push([prev, r]);
  }
  return pairs;
}
