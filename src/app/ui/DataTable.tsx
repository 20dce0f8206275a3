/** A plain table: every cell is rendered as text, never as HTML. Wide tables scroll on small screens. */
import type { ReactNode } from 'react';
import { formatNumber, useT } from '../i18n';

export interface Column<T> {
  key: string;
  label: string;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

export function DataTable<T extends object>(props: { rows: T[]; columns: Column<T>[]; caption?: string; max?: number }) {
  const { lang } = useT();
  const rows = props.max ? props.rows.slice(0, props.max) : props.rows;
  return (
    <div className="table-scroll">
      <table>
        {props.caption && <caption>{props.caption}</caption>}
        <thead>
          <tr>{props.columns.map((c) => <th key={c.key} scope="col">{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {props.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.render ? c.render(row) : String((row as Record<string, unknown>)[c.key] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {props.max && props.rows.length > props.max && <p className="note">… {lang === 'zh' ? `另有 ${formatNumber(props.rows.length - props.max, lang)} 行` : `${formatNumber(props.rows.length - props.max, lang)} more rows`}</p>}
    </div>
  );
}
