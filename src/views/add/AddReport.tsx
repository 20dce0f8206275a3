/**
 * Bring your own report: files and pasted text are extracted in a worker, in this browser only, and
 * shown with their checks and flags, ready to download in the dataset's format. (Joining them to the
 * other views and keeping them across reloads is the next step.)
 */
import { useState } from 'react';
import Papa from 'papaparse';
import { checksCsv, factsCsv, reportsCsv, FACT_COLUMNS, REPORT_COLUMNS } from '../../extract/csv';
import type { ExtractResult } from '../../extract/extractReport';
import { getEngine } from '../../data/engine';
import { extractInWorker } from '../../data/upload/extractInWorker';
import { ACCEPTED, MAX_DATASET_ROWS, MAX_UPLOAD_BYTES } from '../../data/upload/limits';
import { sizeProblem } from '../../extract/input';
import { publishedSourceFile } from '../../data/queries';
import { formatNumber, useT } from '../../app/i18n';
import { download } from '../../app/ui/download';

interface Item {
  name: string;
  result?: ExtractResult;
  /** The published report with the same bytes, if any. */
  published?: string;
  message?: string;
}

/** A CSV the user brings must be one of the dataset's own files. */
function checkDatasetCsv(text: string): string {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  const header = parsed.data[0] ?? [];
  for (const [name, columns] of [['facts.csv', FACT_COLUMNS], ['reports.csv', REPORT_COLUMNS]] as const) {
    if (header.join(',') === columns.join(',')) return `${name}: ${parsed.data.length - 1} rows in the dataset's format`;
  }
  throw new Error(`wrong columns: a dataset CSV starts with ${FACT_COLUMNS.join(',')} (facts) or ${REPORT_COLUMNS.join(',')} (reports)`);
}

export function AddReport() {
  const { lang } = useT();
  const zh = lang === 'zh';
  const [items, setItems] = useState<Item[]>([]);
  const [pasted, setPasted] = useState('');
  const update = (name: string, patch: Partial<Item>) => setItems((all) => all.map((i) => (i.name === name ? { ...i, ...patch } : i)));

  const add = async (name: string, bytes: Uint8Array) => {
    setItems((all) => [...all.filter((i) => i.name !== name), { name }]);
    if (/\.csv$/i.test(name)) {
      try {
        update(name, { message: checkDatasetCsv(new TextDecoder().decode(bytes)) });
      } catch (e) {
        update(name, { result: { ok: false, sourceFile: name, error: (e as Error).message } });
      }
      return;
    }
    const result = await extractInWorker(name, bytes);
    let published: string | undefined;
    if (result.ok) {
      published = await publishedSourceFile((await getEngine()).connector, result.report.report_id);
    }
    update(name, { result, published });
  };

  const onFiles = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      // Refused before reading it into memory, with the message the CLI and the worker give.
      const tooLarge = sizeProblem(file.size);
      if (tooLarge) {
        setItems((all) => [...all, { name: file.name, result: { ok: false, sourceFile: file.name, error: tooLarge } }]);
        continue;
      }
      file.arrayBuffer().then((buffer) => add(file.name, new Uint8Array(buffer)));
    }
  };

  return (
    <>
      <p role="note"><strong>{zh ? '文件只在您的浏览器中处理，不会离开您的电脑。' : 'Files are read in your browser only; they never leave your computer.'}</strong></p>
      <p className="note" data-testid="add-limits">{zh ? `可添加 PDF、HTML、TXT、MD 或本数据集格式的 CSV，每个文件不超过 ${MAX_UPLOAD_BYTES / 1048576} MB，CSV 不超过 ${formatNumber(MAX_DATASET_ROWS, lang)} 行。` : `PDF, HTML, TXT, MD, or a CSV in the dataset's format; at most ${MAX_UPLOAD_BYTES / 1048576} MB per file, and ${formatNumber(MAX_DATASET_ROWS, lang)} rows per CSV.`}</p>
      <div
        className="dropzone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => { e.preventDefault(); onFiles(e.dataTransfer.files); }}
      >
        <label>
          {zh ? '选择或拖入文件' : 'Pick or drop files'}{' '}
          <input type="file" multiple accept={ACCEPTED} onChange={(e) => onFiles(e.target.files)} data-testid="file-input" />
        </label>
      </div>
      <label className="cite">
        {zh ? '或粘贴报告全文' : 'Or paste the text of a report'}
        <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={6} maxLength={2_000_000} data-testid="paste" />
      </label>
      <button type="button" disabled={!pasted.trim()} onClick={() => add(`pasted-${items.length + 1}.txt`, new TextEncoder().encode(pasted))}>
        {zh ? '提取粘贴的文本' : 'Extract the pasted text'}
      </button>
      <ul className="uploads">
        {items.map((item) => (
          <li key={item.name} data-upload={item.name}>
            <strong>{item.name}</strong>{' '}
            {!item.result && !item.message && <span className="note">{zh ? '正在提取…' : 'extracting…'}</span>}
            {item.message && <span className="note">{item.message}</span>}
            {item.result && !item.result.ok && <span className="error" role="alert">{item.result.error}</span>}
            {item.result?.ok && (
              <UploadSummary result={item.result} published={item.published} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function UploadSummary(props: { result: Extract<ExtractResult, { ok: true }>; published?: string }) {
  const { lang } = useT();
  const { report, facts, checks } = props.result;
  const flags = [...new Set(facts.flatMap((f) => f.flags))];
  return (
    <div className="upload-summary">
      <span data-testid="upload-agency">{report.agency || (lang === 'zh' ? '（未署名）' : '(unnamed)')}</span> · {report.report_year ?? '—'} · {report.form_version} ·{' '}
      {facts.length} {lang === 'zh' ? '个数值' : 'facts'} · ✓ {report.checks_passed} ✗ {report.checks_failed}
      {flags.length > 0 && <span className="note"> · {flags.join(', ')}</span>}
      {props.published && <p className="note" role="status">{lang === 'zh' ? `与已发布的报告 ${props.published} 完全相同。` : `Identical to the published report ${props.published}.`}</p>}
      <div className="actions">
        <button type="button" onClick={() => download(`${report.report_id}-facts.csv`, factsCsv(facts))}>facts.csv</button>
        <button type="button" onClick={() => download(`${report.report_id}-reports.csv`, reportsCsv([report]))}>reports.csv</button>
        <button type="button" onClick={() => download(`${report.report_id}-checks.csv`, checksCsv(checks))}>checks.csv</button>
      </div>
    </div>
  );
}
