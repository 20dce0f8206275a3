/** Checks as a table; `agencyColumn` adds a link to each report. */
import type { ReactNode } from 'react';
import type { CheckRow } from '../../data/queries';
import { useT } from '../../app/i18n';
import { type Column, DataTable } from '../../app/ui/DataTable';

export function CheckTable(props: { rows: CheckRow[]; agencyColumn?: (c: CheckRow) => ReactNode; max?: number }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  const columns: Column<CheckRow>[] = [
    ...(props.agencyColumn ? [{ key: 'agency', label: zh ? '机构' : 'Agency', render: props.agencyColumn }] : []),
    { key: 'check', label: zh ? '核对项' : 'Check' },
    { key: 'status', label: zh ? '结果' : 'Status', render: (c) => <span className={`status ${c.status}`}>{c.status}</span> },
    { key: 'expected', label: zh ? '应为' : 'Expected', numeric: true },
    { key: 'actual', label: zh ? '实为' : 'Actual', numeric: true },
    { key: 'detail', label: zh ? '说明' : 'Detail' },
  ];
  return <DataTable rows={props.rows} columns={columns} max={props.max} />;
}
