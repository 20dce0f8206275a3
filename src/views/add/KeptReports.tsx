/** Reports kept in this browser: where to see them, what was edited, export, remove. */
import { useEffect, useState } from 'react';
import { getEngine } from '../../data/engine';
import { removeReport } from '../../data/local/localReports';
import { storedReports } from '../../data/local/store';
import type { LocalReport } from '../../data/local/types';
import { useDataRevision } from '../../data/useQuery';
import { useT } from '../../app/i18n';
import { ExportButtons } from './ExportButtons';

export function KeptReports() {
  const { lang } = useT();
  const zh = lang === 'zh';
  const revision = useDataRevision();
  const [kept, setKept] = useState<LocalReport[]>([]);
  const [error, setError] = useState('');
  const [unrestored, setUnrestored] = useState<string[]>([]);
  useEffect(() => {
    storedReports().then(setKept, (e: Error) => setError(e.message));
  }, [revision]);
  useEffect(() => {
    getEngine().then((e) => setUnrestored(e.restoreProblems), () => undefined);
  }, []);
  const remove = (id: string) => removeReport(id).catch((e: Error) => setError(e.message));
  if (error) return <p className="error" role="alert">{error}</p>;
  const problems = unrestored.map((p) => <p key={p} className="error" role="alert">{p}</p>);
  if (kept.length === 0) return <p className="note">{zh ? '本浏览器中还没有添加的报告。' : 'No reports added in this browser yet.'}</p>;
  return (
    <>
      {problems}
      <ul className="kept" data-testid="kept">
        {kept.map(({ report, file_name, edited }) => (
          <li key={report.report_id} data-kept={report.report_id}>
            <strong>{report.agency || (zh ? '（未署名）' : '(unnamed)')}</strong> · {report.report_year ?? '—'} · {file_name}
            {edited.length > 0 && <span className="note"> · {zh ? '手工修改：' : 'edited: '}{edited.join(', ')}</span>}{' '}
            <a href={`#/agency?report=${report.report_id}`}>{zh ? '查看' : 'View'}</a>{' '}
            <a href={`#/compare?agencies=${encodeURIComponent(report.agency_id)}`}>{zh ? '比较' : 'Compare'}</a>{' '}
            <button type="button" onClick={() => remove(report.report_id)}>{zh ? '移除' : 'Remove'}</button>
          </li>
        ))}
      </ul>
      <p className="note">{zh ? '导出全部已添加报告（数据集格式）：' : 'Export every added report (dataset format):'}</p>
      <ExportButtons name="added-reports" entries={kept} />
    </>
  );
}
