/**
 * One extracted report awaiting review: its figures, checks and flags, its metadata editable, and a
 * button that keeps it (it then joins every view). A report the dataset already publishes, or one
 * already kept here, is said to be so instead.
 */
import { useState } from 'react';
import { reportProblems } from '../../extract/contract';
import { editMetadata, type MetadataPatch } from '../../data/local/editMetadata';
import { keepReport } from '../../data/local/localReports';
import type { LocalEntry, LocalReport } from '../../data/local/types';
import { useT } from '../../app/i18n';
import { ExportButtons } from './ExportButtons';
import { MetadataForm } from './MetadataForm';

export interface Pending {
  key: string;
  name: string;
  entry: LocalEntry;
  /** Source file of the published report with the same bytes. */
  published?: string;
  /** Already kept in this browser. */
  kept?: boolean;
  /** What the source viewer needs, kept with it: the text (text sources), or the PDF and its facts' lines. */
  source: Pick<LocalReport, 'source_text' | 'source_pdf' | 'source_lines'>;
  /** False over a packed (read-only) dataset: the report can be reviewed and exported, not joined. */
  canKeep: boolean;
}

export function PendingReport({ item, onKept }: { item: Pending; onKept: () => void }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  const [patch, setPatch] = useState<MetadataPatch>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const { entry, edited } = editMetadata(item.entry, patch);
  const { report, facts } = entry;
  // Agency, place and year are asked for before keeping: a report without them reaches no comparison.
  const unfilled = [
    ...(report.agency.trim() === '' ? [zh ? '缺少机构' : 'agency missing'] : []),
    ...(report.province.trim() === '' ? [zh ? '缺少省份' : 'province missing'] : []),
    ...(report.report_year === null || !Number.isInteger(report.report_year) ? [zh ? '缺少报告年度' : 'report year missing'] : []),
  ];
  const problems = [...reportProblems(report), ...unfilled];
  const flags = [...new Set(facts.flatMap((f) => f.flags))];
  const failed = entry.checks.filter((c) => c.status === 'fail');
  const keep = () => {
    setBusy(true);
    setError('');
    keepReport({ ...entry, file_name: item.name, added_at: new Date().toISOString(), edited, ...item.source })
      .then(onKept, (e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  return (
    <div className="upload-summary">
      <span data-testid="upload-agency">{report.agency || (zh ? '（未署名）' : '(unnamed)')}</span> · {report.report_year ?? '—'} · {report.form_version} ·{' '}
      {facts.length} {zh ? '个数值' : 'facts'} · ✓ {report.checks_passed} ✗ {report.checks_failed}
      {flags.length > 0 && <span className="note"> · {flags.join(', ')}</span>}
      {report.metadata_flags.length > 0 && <span className="note" data-testid="metadata-flags"> · {report.metadata_flags.join(', ')}</span>}
      {failed.length > 0 && (
        <details className="note">
          <summary>{zh ? `${failed.length} 项核对不符` : `${failed.length} checks failed`}</summary>
          <ul>{failed.map((c) => <li key={c.check}>{c.check}: {zh ? '应为' : 'expected'} {c.expected ?? '—'}, {zh ? '实为' : 'actual'} {c.actual ?? '—'}{c.detail ? ` (${c.detail})` : ''}</li>)}</ul>
        </details>
      )}
      {item.published && <p className="note" role="status">{zh ? `与已发布的报告 ${item.published} 完全相同。` : `Identical to the published report ${item.published}.`}</p>}
      {item.kept && <p className="note" role="status">{zh ? '此报告已添加在本浏览器中。' : 'This report is already added in this browser.'}</p>}
      {!item.published && !item.kept && !item.canKeep && (
        <p className="note" role="status">
          {zh ? '本站的数据集按规模打包（只读），添加的报告不能加入视图；可导出为数据集文件。' : 'This site serves its dataset packed for scale (read-only): an added report cannot join the views here, but it can be exported as dataset files.'}
        </p>
      )}
      {!item.published && !item.kept && item.canKeep && (
        <>
          {report.metadata_missing && (
            <p className="note" data-testid="metadata-missing">{zh ? '提取时未能确定：' : 'Not found in the text: '}{report.metadata_missing}</p>
          )}
          <MetadataForm report={item.entry.report} patch={patch} onChange={setPatch} />
          {problems.length > 0 && <p className="error" role="alert">{problems.join('; ')}</p>}
          <button type="button" className="primary" disabled={busy || problems.length > 0} onClick={keep}>
            {zh ? '保留并加入所有视图' : 'Keep and add to every view'}
          </button>
          {error && <p className="error" role="alert">{error}</p>}
        </>
      )}
      <ExportButtons name={report.report_id} entries={[entry]} />
    </div>
  );
}
