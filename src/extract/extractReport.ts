/**
 * One report in, its dataset rows out. Pure: the caller reads the file and computes its SHA-256, so the
 * same code runs in the CLI and in the browser. A PDF front end passes its own `document`.
 */
import type { Scope } from '../vocabulary';
import { detectForm } from './form';
import { crawlerDumpDocument, looksLikeCrawlerDump } from './layout/crawlerDump';
import { htmlDocument, looksLikeHtml } from './layout/html';
import { plainTextDocument } from './layout/plainText';
import { looksSpaceAligned, spaceAlignedDocument } from './layout/spaceAligned';
import { readMetadata } from './metadata';
import { parseNarrative } from './narrative';
import { parseActive } from './tables/active';
import { parseApplications } from './tables/applications';
import { parseReview } from './tables/review';
import { parseYearTables } from './tables/yearTable';
import { parsePre2019Table } from './tables/pre2019Table';
import type { FactDraft } from './tables/factDraft';
import { compactLabel } from './text/normalize';
import { mayBeOcrText } from './text/numbers';
import { agencyIdOf, finishChecks } from './finishReport';
import { applyOcrTruth } from './ocr/truth';
import type { Check, Fact, Report, SourceDocument } from './types';
import { textLines } from './factLines';

export interface ReportInput {
  /** File name without folders. */
  sourceFile: string;
  sha256: string;
  text: string;
  /** Pre-built rows (PDF front end); otherwise built from `text`. */
  document?: SourceDocument;
}

export type ExtractResult =
  | { ok: true; report: Report; facts: Fact[]; checks: Check[]; document: SourceDocument }
  | { ok: false; sourceFile: string; error: string };

export const reportIdOf = (sha256: string) => sha256.slice(0, 12).toLowerCase();

export function toDocument(text: string): SourceDocument {
  if (looksLikeHtml(text)) return htmlDocument(text);
  if (looksLikeCrawlerDump(text)) return crawlerDumpDocument(text);
  return looksSpaceAligned(text) ? spaceAlignedDocument(text) : plainTextDocument(text);
}

/** A people's government reporting for its whole area says so (全市 / 全区 …). */
function scopeOf(agencyType: string, text: string): Scope {
  if (!agencyType) return 'unknown';
  if (!/政府$/.test(agencyType)) return 'body';
  return /全(省|市|区|县|旗|州)[^。]{0,30}(申请|主动公开|收到|受理|办理)/.test(text) ? 'jurisdiction' : 'unknown';
}

export function extractReport(input: ReportInput): ExtractResult {
  // A text input's lines are the file's lines, as facts number them.
  const doc = input.document ?? { ...toDocument(input.text), sourceLines: textLines(input.text) };
  // Each line is compacted once: the form is detected on them all joined, and the narrative reads them one
  // by one. Compacting text joined with '\n' equals joining the compacted parts (the '\n' goes, and neither
  // NFKC nor the ** / __ removal reaches across it). The cells follow as a part of their own.
  const compactLines = doc.lines.map((l) => compactLabel(l.text));
  const compactText = compactLines.join('') + compactLabel(doc.rows.flatMap((r) => r.cells.map((c) => c.text)).join('|'));
  const form = detectForm(compactText);
  if (!form) {
    return { ok: false, sourceFile: input.sourceFile, error: 'not an annual report: no 政府信息公开 report title or form table found' };
  }
  const meta = readMetadata(doc);
  const place = meta.place;
  const reportId = reportIdOf(input.sha256);
  const agencyType = place?.rest ?? '';

  // Only text that went through OCR or a PDF may have a decimal split by a space (text/numbers.ts).
  const ocrText = mayBeOcrText(doc.layout);
  const applications = parseApplications(doc.rows, ocrText);
  const narrative = parseNarrative(doc.lines, form, compactLines);
  // A stated figure may decide how the pre-2019 table's run-together cells are cut (that very cell only).
  const stated = new Map(narrative.map((f) => [`${f.section}.${f.item}.${f.measure}`, f.value!]));
  const drafts: FactDraft[] = [
    ...parseActive(doc.rows, form, applications.end >= 0 ? applications.end : -1, ocrText),
    ...applications.facts,
    ...parseReview(doc.rows, Math.max(0, applications.end), ocrText),
    ...parseYearTables(doc.rows, ocrText),
    ...(form === 'pre2019' ? parsePre2019Table(doc.rows, stated) : []),
    ...narrative,
  ];
  const report: Report = {
    report_id: reportId,
    source_file: input.sourceFile,
    sha256: input.sha256.toLowerCase(),
    agency: meta.agency,
    agency_id: '',
    agency_type: agencyType,
    province: place?.province ?? '',
    city: place?.city ?? '',
    county: place?.county ?? '',
    division_code: place?.division_code ?? '',
    admin_level: place?.admin_level ?? '',
    scope: scopeOf(agencyType, compactText),
    report_year: meta.reportYear,
    year_inferred: meta.yearInferred,
    form_version: form,
    published_date: meta.publishedDate,
    checks_passed: 0,
    checks_failed: 0,
    agency_as_printed: meta.agencyAsPrinted,
    source_url: meta.sourceUrl,
    metadata_flags: meta.flags,
    metadata_missing: meta.missing.join('; '),
    layout: doc.layout,
  };
  report.agency_id = agencyIdOf(report);
  const facts = drafts.map((d) => toFact(report, d));
  if (doc.layout === 'ocr') applyOcrTruth(report.report_id, report.report_year, facts, doc);
  return { ok: true, report, facts, checks: finishChecks(report, facts), document: doc };
}


function toFact(report: Report, d: FactDraft): Fact {
  const flags = report.year_inferred ? [...new Set([...d.flags, 'year_inferred' as const])] : [...d.flags];
  return {
    report_id: report.report_id,
    source_file: report.source_file,
    agency: report.agency,
    year: d.year ?? report.report_year,
    report_year: report.report_year,
    section: d.section,
    item: d.item,
    measure: d.measure,
    value: d.value,
    unit: d.unit,
    origin: d.origin,
    status: d.status,
    raw: d.raw,
    line: d.line,
    page: d.page,
    flags,
  };
}

