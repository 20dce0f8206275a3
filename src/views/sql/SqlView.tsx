import { useEffect, useRef, useState } from 'react';
import { SQL_ROW_LIMIT, UserSqlError, runUserSql } from '../../data/queries';
import { runQuery } from '../../data/useQuery';
import { formatNumber, useT } from '../../app/i18n';
import { MAX_SQL_CHARS } from '../../app/route';
import { DataTable } from '../../app/ui/DataTable';
import { download, toCsv } from '../../app/ui/download';
import type { ViewProps } from '../shared/types';
import { SchemaPanel } from './SchemaPanel';

const EXAMPLE = `SELECT agency, report_year, requests_new, outcome_disclosed, outcome_total
FROM report_wide
ORDER BY requests_new DESC NULLS LAST`;

/** Rows drawn in the page; more would make the table slow to render. The CSV export has the whole result. */
export const TABLE_ROWS = 1000;

type Result = { rows: Record<string, unknown>[]; truncated: boolean; ms: number } | { error: string; statement: string; line?: number; column?: number };

/** The statement with a ▲ under the character an error points at. */
function caretBelow(statement: string, line?: number, column?: number): string {
  if (!line || !column) return statement;
  const lines = statement.split('\n');
  // Wide characters take two columns in a monospace font: the pad keeps their width so the mark stands under the right one.
  const pad = [...(lines[line - 1] ?? '').slice(0, column - 1)].map((ch) => (/[\u2e80-\uffef]/.test(ch) ? '\u3000' : ch === '\t' ? '\t' : ' ')).join('');
  return [...lines.slice(0, line), `${pad}▲`, ...lines.slice(line)].join('\n');
}

export function SqlView({ state, navigate }: ViewProps) {
  const { lang } = useT();
  const [text, setText] = useState(state.sql || EXAMPLE);
  const [result, setResult] = useState<Result | null>(null);
  const run = async (sql = text) => {
    navigate({ sql });
    const started = performance.now();
    try {
      const out = await runQuery((db) => runUserSql(db, sql));
      setResult({ ...out, ms: performance.now() - started });
    } catch (e) {
      const where = e instanceof UserSqlError ? { line: e.line, column: e.column } : {};
      setResult({ error: (e as Error).message, statement: sql.trim().replace(/;\s*$/, ''), ...where });
    }
  };
  // A shared link (#/sql?sql=…) shows its result on open: the statement is read-only like any other.
  const ranLink = useRef(false);
  useEffect(() => {
    if (state.sql && !ranLink.current) {
      ranLink.current = true;
      void run(state.sql);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const rows = result && 'rows' in result ? result.rows : [];
  const [limit, shown] = [SQL_ROW_LIMIT, TABLE_ROWS].map((n) => formatNumber(n, lang));
  return (
    <>
      <p className="note">
        {lang === 'zh'
          ? <>只读 SQL（DuckDB）。表：<code data-source-text>reports、facts、checks</code>；视图：<code data-source-text>facts_shown、facts_preferred、chart_cells、key_coverage、flag_coverage、report_wide、local_reports</code>。结果最多 {limit} 行，多出的行不返回；表格显示前 {shown} 行，导出 CSV 含全部结果。</>
          : <>Read-only SQL (DuckDB). Tables: <code>reports, facts, checks</code>; views: <code>facts_shown, facts_preferred, chart_cells, key_coverage, flag_coverage, report_wide, local_reports</code>. A result keeps at most {limit} rows; the table shows the first {shown}, the CSV export all of them.</>}
      </p>
      <SchemaPanel />
      <textarea className="sql" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run(); }} rows={6} spellCheck={false} aria-label="SQL" maxLength={MAX_SQL_CHARS} />
      <div className="actions">
        <button type="button" onClick={() => void run()} title={lang === 'zh' ? '快捷键 Ctrl+Enter' : 'Shortcut Ctrl+Enter'}>{lang === 'zh' ? '运行' : 'Run'}</button>
        {rows.length > 0 && <button type="button" onClick={() => download('query.csv', toCsv(rows))}>{lang === 'zh' ? '导出 CSV' : 'Export CSV'}</button>}
      </div>
      {result && 'error' in result && (
        // DuckDB's own message, quoted as it wrote it (in English), under the statement the user wrote (never the query that wraps it).
        <div className="error" role="alert" data-testid="sql-error">
          <p>{lang === 'zh' ? '查询出错，DuckDB 的原文信息：' : 'The query failed; DuckDB says: '}<code lang="en" data-source-text>{result.error}</code></p>
          <p>
            {lang === 'zh' ? '您的语句' : 'Your statement'}
            {result.line ? (lang === 'zh' ? `（第 ${result.line} 行第 ${result.column} 列，▲ 处）` : ` (line ${result.line}, column ${result.column}, at ▲)`) : ''}{lang === 'zh' ? '：' : ':'}
          </p>
          <pre className="sql-statement" data-testid="sql-error-statement" data-source-text>{caretBelow(result.statement, result.line, result.column)}</pre>
        </div>
      )}
      {result && 'rows' in result && (
        <>
          <p className="note" data-testid="sql-count">{rows.length} {lang === 'zh' ? '行' : 'rows'}{result.truncated ? (lang === 'zh' ? '（已截断）' : ' (truncated)') : ''} · {result.ms.toFixed(0)} ms</p>
          {result.truncated && (
            <p className="warning" role="status" data-testid="sql-truncated">
              {lang === 'zh' ? `结果超过 ${limit} 行，只保留了前 ${limit} 行（导出的 CSV 也是这些行）。请加条件或 LIMIT 缩小结果。` : `The result has more than ${limit} rows; only the first ${limit} were kept (the CSV export too). Narrow it with a condition or LIMIT.`}
            </p>
          )}
          <div data-source-text>
            <DataTable rows={rows} columns={Object.keys(rows[0] ?? {}).map((k) => ({ key: k, label: k }))} max={TABLE_ROWS} />
          </div>
        </>
      )}
    </>
  );
}
