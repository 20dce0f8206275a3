/**
 * Where a number came from: the source line with its neighbours (text sources), or page and line (PDF),
 * and a citation to copy. Source text is shown as text, never as HTML.
 */
import { FACT_STATUS_LABELS, ITEM_LABELS, label, MEASURE_LABELS, ORIGIN_LABELS } from '../../vocabulary';
import { useEffect, useRef, useState } from 'react';
import type { FactRow, ReportRow } from '../../data/queries';
import { storedReport } from '../../data/local/store';
import { formatNumber, useT } from '../../app/i18n';
import { type FailedCheck, isUnitless } from '../../data/figureMarks';
import { WARN, checksText, unitlessText } from '../../app/figureText';
import { servedOnSite, sourceFiles, webAddress } from '../../data/sourceFiles';

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
  const url = webAddress(report.source_url);
  const published = url ? (lang === 'zh' ? `；原文网址：${url}` : `; published at ${url}`) : '';
  return lang === 'zh'
    ? `${report.agency || report.agency_id}，${fact.year}年，${what}：${value}（来源：${report.source_file} ${where}${published}；${version}）`
    : `${report.agency || report.agency_id}, ${fact.year}, ${what}: ${value} (source: ${report.source_file} ${where}${published}; ${version})`;
}

/** Whether the site serves the report's file: undefined while sources.csv is read, null when it does not list it. */
function useServed(report: ReportRow): boolean | null | undefined {
  const [served, setServed] = useState<boolean | null | undefined>(undefined);
  useEffect(() => {
    if (report.local) return;
    let live = true;
    sourceFiles().then((files) => { const file = files.get(report.report_id); if (live) setServed(file ? servedOnSite(file.location) : null); });
    return () => { live = false; };
  }, [report.report_id, report.local]);
  return report.local ? false : served;
}

export function SourceViewer(props: { report: ReportRow; fact: FactRow; checks?: readonly FailedCheck[]; onClose: () => void }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  const { report, fact } = props;
  const [context, setContext] = useState<{ line: number; text: string }[] | null>(null);
  const isText = !/\.pdf$/i.test(report.source_file);
  const served = useServed(report);
  useEffect(() => {
    setContext(null);
    // A file sources.csv places outside data/raw is not on this site: no request for it.
    if (!isText || !fact.line || served === undefined || served === false && !report.local) return;
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
  }, [report.source_file, report.report_id, report.local, fact.line, isText, served]);
  const cite = citation(report, fact, lang, props.checks);
  const url = webAddress(report.source_url);
  const notHere = !report.local && (served === false || (isText && context?.length === 0));
  // Keyboard users land in the viewer when a number is picked, and go back to that number when it closes.
  const aside = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement as HTMLElement | null;
    if (active && active !== document.body && !aside.current?.contains(active)) opener.current = active;
    aside.current?.querySelector<HTMLElement>('button.close')?.focus();
  }, [fact]);
  const close = () => {
    const back = opener.current;
    props.onClose();
    // The report's tables draw their cells anew on every change: a form cell's button is found again by its key.
    requestAnimationFrame(() => {
      const key = `${fact.section}.${fact.item}.${fact.measure}`;
      const target = back?.isConnected ? back : document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"] button`);
      target?.focus();
    });
  };
  return (
    <aside className="source" aria-label={zh ? '数据来源' : 'Source'} data-testid="source-viewer" ref={aside} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <button type="button" className="close" onClick={close} aria-label={zh ? '关闭' : 'Close'}>×</button>
      <p><strong>{zh ? '原文' : 'Source text'}:</strong> <code data-testid="source-raw" data-source-text>{fact.raw || '∅'}</code> · {label(ORIGIN_LABELS, fact.origin, lang)} · {label(FACT_STATUS_LABELS, fact.status, lang)}{fact.flags ? <> · <span data-source-text>{fact.flags}</span></> : ''}</p>
      <p className="note" data-testid="source-where"><span data-source-text>{report.source_file}</span> · {fact.page ? (zh ? `第 ${fact.page} 页 ` : `page ${fact.page}, `) : ''}{zh ? `第 ${fact.line ?? '—'} 行` : `line ${fact.line ?? '—'}`}</p>
      {context && context.length > 0 && (
        <pre className="context" data-source-text>{context.map((c) => `${c.line === fact.line ? '▶' : ' '} ${String(c.line).padStart(4)}  ${c.text}`).join('\n')}</pre>
      )}
      {!isText && served && <p><a href={`${import.meta.env.BASE_URL}data/raw/${encodeURIComponent(report.source_file)}${fact.page ? `#page=${fact.page}` : ''}`} target="_blank" rel="noopener" data-testid="source-file-link">PDF{fact.page ? (zh ? `（第 ${fact.page} 页）` : ` (page ${fact.page})`) : ''}</a></p>}
      {notHere && <p className="note" data-testid="source-not-here">{zh ? '原始文件不在本网站上。' : 'The original file is not on this site.'}</p>}
      {!report.local && (
        <p data-testid="source-url">{zh ? '原文网址：' : 'Published at: '}{url ? <a href={url} target="_blank" rel="noopener noreferrer" data-source-text>{url}</a> : (zh ? '数据集未记录该报告的发布网址。' : 'the dataset knows no web address for this report.')}</p>
      )}
      <label className="cite">
        {zh ? '引用' : 'Citation'}
        <textarea readOnly value={cite} rows={3} data-testid="citation" onFocus={(e) => e.target.select()} data-source-text />
      </label>
      <button type="button" onClick={() => navigator.clipboard?.writeText(cite)}>{zh ? '复制引用' : 'Copy citation'}</button>
    </aside>
  );
}
