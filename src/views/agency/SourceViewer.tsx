/**
 * Where a number came from: the source line with its neighbours (text sources), or page and line (PDF),
 * and a citation to copy. Source text is shown as text, never as HTML.
 */
import { useEffect, useState } from 'react';
import type { FactRow, ReportRow } from '../../data/queries';
import { storedReport } from '../../data/local/store';
import { formatNumber, useT } from '../../app/i18n';
import { ITEM_LABELS, MEASURE_LABELS, label } from '../../app/labels';
import { type FailedCheck, isUnitless } from '../../data/figureMarks';
import { WARN, checksText, unitlessText } from '../../app/figureText';

declare const __DATASET_VERSION__: string;

/** A citation to copy: a unit-less number says so, and the failed checks that compare the number go with it. */
export function citation(report: ReportRow, fact: FactRow, lang: 'zh' | 'en', checks: readonly FailedCheck[] = []): string {
  const where = fact.page ? (lang === 'zh' ? `第${fact.page}页第${fact.line}行` : `page ${fact.page}, line ${fact.line}`) : lang === 'zh' ? `第${fact.line}行` : `line ${fact.line}`;
  const printed = fact.status !== 'reported' ? fact.status
    : isUnitless(fact.flags) ? unitlessText(fact.value, lang)
    : `${formatNumber(fact.value, lang, 4)}${fact.unit && fact.unit !== 'count' ? ` ${fact.unit}` : ''}`;
  const failed = checks.length ? (lang === 'zh' ? `（${WARN} 核对不符：${checksText(checks, lang)}）` : ` (${WARN} check fails: ${checksText(checks, lang)})`) : '';
  const value = `${printed}${failed}`;
  const what = `${label(ITEM_LABELS, fact.item, lang)} · ${label(MEASURE_LABELS, fact.measure, lang)}`;
  // A report added in this browser is not in any published version: the citation must not claim one.
  const version = report.local ? (lang === 'zh' ? '本地添加，未发布' : 'added locally, not published') : lang === 'zh' ? `数据集版本 ${__DATASET_VERSION__}` : `dataset version ${__DATASET_VERSION__}`;
  return lang === 'zh'
    ? `${report.agency || report.agency_id}，${fact.year}年，${what}：${value}（来源：${report.source_file} ${where}；${version}）`
    : `${report.agency || report.agency_id}, ${fact.year}, ${what}: ${value} (source: ${report.source_file} ${where}; ${version})`;
}

export function SourceViewer(props: { report: ReportRow; fact: FactRow; checks?: readonly FailedCheck[]; onClose: () => void }) {
  const { lang } = useT();
  const { report, fact } = props;
  const [context, setContext] = useState<{ line: number; text: string }[] | null>(null);
  const isText = !/\.pdf$/i.test(report.source_file);
  useEffect(() => {
    setContext(null);
    if (!isText || !fact.line) return;
    let live = true;
    // A report added here is read from this browser's store; the site has no copy of it.
    const source = report.local
      ? storedReport(report.report_id).then((s) => s?.source_text ?? Promise.reject(new Error('no text kept')))
      : fetch(`${import.meta.env.BASE_URL}data/raw/${encodeURIComponent(report.source_file)}`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));
    source
      .then((text) => {
        const lines = text.split(/\r\n|\r|\n/);
        const from = Math.max(1, fact.line! - 2);
        if (live) setContext(lines.slice(from - 1, fact.line! + 2).map((t, i) => ({ line: from + i, text: t.replace(/\t/g, ' ⇥ ') })));
      })
      .catch(() => live && setContext([]));
    return () => {
      live = false;
    };
  }, [report.source_file, report.report_id, report.local, fact.line, isText]);
  const cite = citation(report, fact, lang, props.checks);
  return (
    <aside className="source" aria-label={lang === 'zh' ? '数据来源' : 'Source'} data-testid="source-viewer">
      <button type="button" className="close" onClick={props.onClose} aria-label="close">×</button>
      <p><strong>{lang === 'zh' ? '原文' : 'Source text'}:</strong> <code data-testid="source-raw">{fact.raw || '∅'}</code> · {fact.origin} · {fact.status}{fact.flags ? ` · ${fact.flags}` : ''}</p>
      <p className="note">{report.source_file} · {fact.page ? `p.${fact.page} ` : ''}{lang === 'zh' ? '行' : 'line'} {fact.line ?? '—'}</p>
      {context && context.length > 0 && (
        <pre className="context">{context.map((c) => `${c.line === fact.line ? '▶' : ' '} ${String(c.line).padStart(4)}  ${c.text}`).join('\n')}</pre>
      )}
      {!isText && !report.local && <p><a href={`${import.meta.env.BASE_URL}data/raw/${encodeURIComponent(report.source_file)}`} target="_blank" rel="noopener">PDF</a></p>}
      <label className="cite">
        {lang === 'zh' ? '引用' : 'Citation'}
        <textarea readOnly value={cite} rows={3} data-testid="citation" onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={() => navigator.clipboard?.writeText(cite)}>{lang === 'zh' ? '复制引用' : 'Copy citation'}</button>
    </aside>
  );
}
