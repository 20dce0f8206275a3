/**
 * Bring your own report: files and pasted text are extracted in a worker, in this browser only, shown
 * for review with their checks and flags, and, once kept, join every view and stay across reloads.
 */
import { useState } from 'react';
import type { ExtractResult } from '../../extract/extractReport';
import { decodeText, sizeProblem, sniffFormat } from '../../extract/input';
import { factLines } from '../../extract/factLines';
import { getEngine } from '../../data/engine';
import { readDatasetCsvs } from '../../data/local/datasetCsv';
import { storedReports } from '../../data/local/store';
import type { LocalEntry } from '../../data/local/types';
import { LOCAL_MARK, publishedSourceFile } from '../../data/queries';
import { extractInWorker, type OcrProgress } from '../../data/upload/extractInWorker';
import { ACCEPTED, MAX_DATASET_ROWS, MAX_OCR_PAGES, MAX_UPLOAD_BYTES } from '../../data/upload/limits';
import { formatNumber, useT } from '../../app/i18n';
import { KeptReports } from './KeptReports';
import { type Pending, PendingReport } from './PendingReport';
import { ScanProgress } from './ScanProgress';
import { doorMessage } from './doorMessages';

/** A file or paste being read, read with problems, or read into reports to review. */
interface Item {
  key: string;
  name: string;
  errors?: string[];
  pending?: Pending[];
  /** A scan being read by OCR, with the means to stop it. */
  scan?: { progress: OcrProgress; cancel: () => void };
}

async function review(name: string, entries: LocalEntry[], source: Pending['source']): Promise<Pending[]> {
  const { connector, holdsLocalReports } = await getEngine();
  const kept = new Set((await storedReports().catch(() => [])).map((k) => k.report.report_id));
  return Promise.all(entries.map(async (entry) => ({
    key: entry.report.report_id,
    name,
    entry,
    published: await publishedSourceFile(connector, entry.report.report_id),
    kept: kept.has(entry.report.report_id),
    source,
    canKeep: holdsLocalReports,
  })));
}

const extracted = (r: ExtractResult): LocalEntry[] => (r.ok ? [{ report: r.report, facts: r.facts, checks: r.checks }] : []);

export function AddReport() {
  const { lang } = useT();
  const zh = lang === 'zh';
  const [items, setItems] = useState<Item[]>([]);
  const [pasted, setPasted] = useState('');
  const [count, setCount] = useState(0);
  const update = (key: string, patch: Partial<Item>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const markKept = (key: string, reportId: string) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, pending: i.pending?.map((p) => (p.key === reportId ? { ...p, kept: true } : p)) } : i)));
  const start = (name: string) => {
    const key = `${name}#${count}`;
    setCount((c) => c + 1);
    setItems((all) => [...all, { key, name }]);
    return key;
  };
  const settle = (key: string, name: string, work: Promise<{ entries: LocalEntry[]; errors: string[]; source?: Pending['source'] }>) =>
    work
      .then(async ({ entries, errors, source }) => update(key, { errors, pending: await review(name, entries, source ?? {}), scan: undefined }))
      .catch((e: Error) => update(key, { errors: [e.message], pending: [], scan: undefined }));

  const extract = (name: string, bytes: Uint8Array) => {
    // Decoded, or copied into a Blob, before the bytes move to the worker; the door decodes the same way.
    const format = sniffFormat(bytes);
    const text = format === 'other' ? (decodeText(bytes) ?? undefined) : undefined;
    const pdf = format === 'pdf' ? new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }) : undefined;
    const key = start(name);
    const stop = new AbortController();
    const onProgress = (progress: OcrProgress) => update(key, { scan: { progress, cancel: () => stop.abort() } });
    settle(key, name, extractInWorker(name, bytes, { onProgress, signal: stop.signal }).then((r) => ({
      entries: extracted(r),
      errors: r.ok ? [] : [r.error],
      // A file whose text is not kept keeps the lines its facts point to, for the source viewer.
      source: { source_text: text, source_pdf: pdf, source_lines: r.ok && text === undefined && r.document.sourceLines ? factLines(r.report.report_id, r.facts, r.document.sourceLines) : undefined },
    })));
  };

  const onFiles = (list: FileList | null) => {
    const fine: File[] = [];
    for (const file of Array.from(list ?? [])) {
      // Refused before reading it into memory, with the message the CLI and the worker give.
      const tooLarge = sizeProblem(file.size);
      if (tooLarge) update(start(file.name), { errors: [tooLarge], pending: [] });
      else fine.push(file);
    }
    // Dataset CSVs picked together are read together: reports.csv gives the rows that facts.csv and checks.csv belong to.
    const csvs = fine.filter((f) => /\.csv$/i.test(f.name));
    if (csvs.length) {
      const name = csvs.map((f) => f.name).join(' + ');
      const read = Promise.all(csvs.map(async (f) => ({ name: f.name, text: await f.text() })))
        .then((texts) => readDatasetCsvs(texts))
        .then(({ entries, problems }) => ({ entries, errors: problems }));
      settle(start(name), name, read);
    }
    for (const file of fine.filter((f) => !/\.csv$/i.test(f.name))) {
      file.arrayBuffer().then((buffer) => extract(file.name, new Uint8Array(buffer)));
    }
  };

  return (
    <>
      <p role="note"><strong>{zh ? '文件只在您的浏览器中处理，不会离开您的电脑。' : 'Files are read in your browser only; they never leave your computer.'}</strong></p>
      <p className="note" data-testid="add-limits">
        {zh
          ? `可添加 PDF、Word（.docx 与旧版 .doc）、HTML、TXT、MD 或本数据集格式的 CSV（reports.csv、facts.csv、checks.csv 一起选择），每个文件不超过 ${MAX_UPLOAD_BYTES / 1048576} MB，CSV 每个不超过 ${formatNumber(MAX_DATASET_ROWS, lang)} 行。扫描件（无文字层的 PDF、PNG 或 JPEG 页面图像）在本浏览器中做文字识别（OCR），每页需数秒，不超过 ${MAX_OCR_PAGES} 页。保留的报告存放在本浏览器中，在所有视图中标为“${LOCAL_MARK.trim()}”，直到您移除。`
          : `PDF, Word (.docx and legacy .doc), HTML, TXT, MD, or the dataset's own CSVs (pick reports.csv, facts.csv and checks.csv together); at most ${MAX_UPLOAD_BYTES / 1048576} MB per file and ${formatNumber(MAX_DATASET_ROWS, lang)} rows per CSV. Scans (a PDF without a text layer, PNG or JPEG page images) are read by OCR in this browser, a few seconds a page, at most ${MAX_OCR_PAGES} pages. Kept reports stay in this browser, marked “${LOCAL_MARK.trim()}” in every view, until you remove them.`}
      </p>
      <div className="dropzone" onDragOver={(e) => e.preventDefault()} onDrop={(e) => { e.preventDefault(); onFiles(e.dataTransfer.files); }}>
        <label>
          {zh ? '选择或拖入文件' : 'Pick or drop files'}{' '}
          <input type="file" multiple accept={ACCEPTED} onChange={(e) => { onFiles(e.target.files); e.target.value = ''; }} data-testid="file-input" />
        </label>
      </div>
      <label className="cite">
        {zh ? '或粘贴报告全文' : 'Or paste the text of a report'}
        <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={6} maxLength={2_000_000} data-testid="paste" />
      </label>
      <button type="button" disabled={!pasted.trim()} onClick={() => extract(`pasted-${count + 1}.txt`, new TextEncoder().encode(pasted))}>
        {zh ? '提取粘贴的文本' : 'Extract the pasted text'}
      </button>
      <ul className="uploads">
        {items.map((item) => (
          <li key={item.key} data-upload={item.name}>
            <strong>{item.name}</strong>{' '}
            {!item.pending && !item.scan && <span className="note">{zh ? '正在提取…' : 'extracting…'}</span>}
            {!item.pending && item.scan && <ScanProgress progress={item.scan.progress} onCancel={item.scan.cancel} />}
            {item.errors?.map((e) => {
              const shown = doorMessage(e, lang);
              return <span key={e} className="error" role="alert">{shown.text}{shown.detail && <>{zh ? '：' : ': '}<span lang="en">{shown.detail}</span></>}</span>;
            })}
            {item.pending?.map((p) => (
              <PendingReport key={p.key} item={p} onKept={() => markKept(item.key, p.key)} />
            ))}
          </li>
        ))}
      </ul>
      <h3>{zh ? '已添加到本浏览器的报告' : 'Reports added in this browser'}</h3>
      <KeptReports />
    </>
  );
}
