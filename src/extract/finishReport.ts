/**
 * What follows from a report's metadata once it is known: its agency id and its checks. Apart from the
 * readers in extractReport so that a metadata edit in the browser (src/data/local/editMetadata.ts) settles a
 * kept report without loading the whole extractor into the page.
 */
import { NARRATIVE_CHECK, reportChecks } from './checks';
import type { Check, Fact, Report } from './types';

/** division code + name without its place prefix, so one body keeps one id however its name is written. */
export function agencyIdOf(report: Pick<Report, 'agency' | 'agency_type' | 'division_code' | 'report_id'>): string {
  if (!report.agency) return `unknown-${report.report_id}`;
  if (!report.division_code) return `x-${report.agency}`;
  return `${report.division_code}-${report.agency_type || report.agency}`;
}

/** Runs the report's checks, marks narrative/table conflicts on both facts, and counts results. */
export function finishChecks(report: Report, facts: Fact[]): Check[] {
  const checks = reportChecks(report.report_id, report.report_year, facts);
  // Both facts of a key whose narrative and table disagree are flagged; neither is changed.
  for (const c of checks) {
    if (c.status !== 'fail' || !c.check.startsWith(NARRATIVE_CHECK)) continue;
    const key = c.check.slice(NARRATIVE_CHECK.length);
    for (const f of facts) {
      if (`${f.section}.${f.item}.${f.measure}` === key && f.year === report.report_year && !f.flags.includes('narrative_conflict')) {
        f.flags.push('narrative_conflict');
      }
    }
  }
  report.checks_passed = checks.filter((c) => c.status === 'pass').length;
  report.checks_failed = checks.filter((c) => c.status === 'fail').length;
  return checks;
}
