/**
 * Where a number came from: the source line with its neighbours and the cell's text marked in it (from the
 * file where the site serves it, from data/lines.csv where it does not, from this browser's store for a
 * report added here), page and line, the PDF at that page where there is one to open, and a citation to
 * copy. Source text is shown as text, never as HTML.
 */
import { FACT_STATUS_LABELS, ITEM_LABELS, label, MEASURE_LABELS, ORIGIN_LABELS } from '../../vocabulary';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { FactRow, ReportRow } from '../../data/queries';
import { storedReport } from '../../data/local/store';
import { formatNumber, useT } from '../../app/i18n';
import { type FailedCheck, isUnitless } from '../../data/figureMarks';
import { WARN, checksText, unitlessText } from '../../app/figureText';
import { servedOnSite, sourceFiles, webAddress } from '../../data/sourceFiles';
import { sourceLines } from '../../data/sourceLines';
import { type FactLine, factLines, textLines } from '../../extract/factLines';
import { type ContextLine, sourceContext } from './sourceContext';

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

/** What the viewer has of the source: lines to show, and for a PDF kept in this browser, a link to it. */
interface Source {
  rows: FactLine[];
  /** A blob: address of the PDF kept in this browser. */
  pdf?: string;
  /** Where the rows came from: the file itself, or the dataset's lines.csv. */
  from: 'file' | 'dataset' | 'browser';
  /** A report kept in this browser before its file was kept with it. */
  notKept?: boolean;
}

/** The lines of a text around a fact, as lines.csv would hold them. */
const linesOfText = (reportId: string, fact: FactRow, text: string) => factLines(reportId, [{ raw: fact.raw, line: fact.line, page: null }], textLines(text));

function useSource(report: ReportRow, fact: FactRow, isText: boolean, served: boolean | null | undefined): Source | null {
  const [source, setSource] = useState<Source | null>(null);
  useEffect(() => {
    setSource(null);
    if (!fact.line && !report.local) return;
    let live = true;
    let pdfUrl: string | undefined;
    let work: Promise<Source>;
    if (report.local) {
      // A report added here is read from this browser's store; the site has no copy of it.
      work = storedReport(report.report_id).then((s) => {
        if (s?.source_pdf) pdfUrl = URL.createObjectURL(s.source_pdf);
        const rows = s?.source_text !== undefined ? linesOfText(report.report_id, fact, s.source_text) : (s?.source_lines ?? []);
        return { rows, pdf: pdfUrl, from: 'browser' as const, notKept: !s?.source_text && !s?.source_pdf && !s?.source_lines };
      });
    } else if (isText && served) {
      work = fetch(`${import.meta.env.BASE_URL}data/raw/${encodeURIComponent(report.source_file)}`)
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
        .then((text) => ({ rows: linesOfText(report.report_id, fact, text), from: 'file' as const }));
    } else if (served === undefined) {
      return;
    } else {
      // A file sources.csv places outside data/raw is not on this site: no request for it; lines.csv has its lines.
      work = sourceLines().then((all) => ({ rows: all.get(report.report_id) ?? [], from: 'dataset' as const }));
    }
    work.then((s) => live && setSource(s)).catch(() => live && setSource({ rows: [], from: 'file' }));
    return () => {
      live = false;
      if (pdfUrl) URL.revokeObjectURL(pdfUrl);
    };
  }, [report.source_file, report.report_id, report.local, fact.line, fact.page, fact.raw, isText, served]);
  return source;
}

/** A source line as shown: ▶ on the fact's line, its number, the text with the cell's places marked. */
function ContextLineView({ c, factLine }: { c: ContextLine; factLine: number | null }) {
  const parts: ReactNode[] = [];
  let at = 0;
  const shown = (t: string) => t.replace(/\t/g, ' ⇥ ');
  c.marks.forEach((m, i) => {
    parts.push(shown(c.text.slice(at, m.start)), <mark key={i}>{shown(c.text.slice(m.start, m.end))}</mark>);
    at = m.end;
  });
  parts.push(shown(c.text.slice(at)));
  return (
    <span data-line={c.line} className={c.line === factLine ? 'fact-line' : undefined}>
      {`${c.line === factLine ? '▶' : ' '} ${String(c.line).padStart(4)}  `}{c.start > 0 ? '…' : ''}{parts}{c.start + c.text.length < c.length ? '…' : ''}{'\n'}
    </span>
  );
}

export function SourceViewer(props: { report: ReportRow; fact: FactRow; checks?: readonly FailedCheck[]; onClose: () => void }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  const { report, fact } = props;
  const isText = !/\.pdf$/i.test(report.source_file);
  const served = useServed(report);
  const source = useSource(report, fact, isText, served);
  const context = source ? sourceContext(fact, source.rows) : null;
  const cut = context?.lines.find((c) => c.line === fact.line && (c.start > 0 || c.text.length < c.length));
  const cite = citation(report, fact, lang, props.checks);
  const url = webAddress(report.source_url);
  const notHere = !report.local && served === false;
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
      {context && context.lines.length > 0 && (
        <pre className="context" data-source-text data-testid="source-context">{context.lines.map((c) => <ContextLineView key={c.line} c={c} factLine={fact.line} />)}</pre>
      )}
      {context && <SourceNotes zh={zh} fact={fact} source={source!} found={context.found} shown={context.lines.length > 0} cut={cut} />}
      {!isText && (served || source?.pdf) && (
        <p><a href={`${source?.pdf ?? `${import.meta.env.BASE_URL}data/raw/${encodeURIComponent(report.source_file)}`}${fact.page ? `#page=${fact.page}` : ''}`} target="_blank" rel="noopener" data-testid="source-file-link">PDF{fact.page ? (zh ? `（第 ${fact.page} 页）` : ` (page ${fact.page})`) : ''}</a></p>
      )}
      {notHere && <p className="note" data-testid="source-not-here">{zh ? '原始文件不在本网站上。' : 'The original file is not on this site.'}</p>}
      {source?.notKept && <p className="note" data-testid="source-not-kept">{zh ? '此报告添加时本浏览器未保存其原始文件。' : 'This browser did not keep the original file when the report was added.'}</p>}
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

/** What the lines shown are, and what they cannot show. */
function SourceNotes(props: { zh: boolean; fact: FactRow; source: Source; found: number; shown: boolean; cut?: ContextLine }) {
  const { zh, fact, source, found, shown, cut } = props;
  const notes: ReactNode[] = [];
  const file = <span data-source-text>lines.csv</span>;
  if (shown && source.from === 'dataset') notes.push(zh ? <>以上各行取自数据集的 {file}。</> : <>The lines above are from the dataset’s {file}.</>);
  if (cut) {
    const [from, to] = [cut.start + 1, cut.start + cut.text.length];
    notes.push(zh
      ? `此行共 ${formatNumber(cut.length, 'zh')} 字，过长无法全部显示，仅显示原文前后第 ${formatNumber(from, 'zh')}–${formatNumber(to, 'zh')} 字。`
      : `This line has ${formatNumber(cut.length, 'en')} characters, too many to show: characters ${formatNumber(from, 'en')}–${formatNumber(to, 'en')} around the cell’s text are shown.`);
  }
  if (shown && fact.raw.trim() && found === 0) notes.push(zh ? '所示各行中找不到该单元格原文。' : 'The cell’s text is not found in the lines shown.');
  if (found > 1) notes.push(zh ? `该单元格原文在所示各行中出现 ${found} 次，均已标出。` : `The cell’s text stands ${found} times in the lines shown; each is marked.`);
  if (!shown && fact.line && !source.notKept && source.rows.length === 0) {
    notes.push(zh ? '没有此报告的原文行。' : 'No lines of this report are at hand.');
  } else if (!shown && fact.line && !source.notKept) {
    notes.push(zh
      ? '没有此行的文字：过长的行只在单元格原文于该行中恰好出现一次时保留其前后片段。'
      : 'No text of this line is kept: a line too long to show is kept only around a cell text that stands once in it.');
  }
  return notes.length ? <p className="note" data-testid="source-context-note">{notes.map((n, i) => <span key={i}>{i > 0 ? ' ' : ''}{n}</span>)}</p> : null;
}
