/** Checks as a table, in words; `agencyColumn` adds a link to each report. */
import { CHECK_STATUS_LABELS, label } from '../../vocabulary';
import type { ReactNode } from 'react';
import type { CheckRow } from '../../data/queries';
import { formatNumber, useT } from '../../app/i18n';
import { type Column, DataTable } from '../../app/ui/DataTable';
import { checkName, checkText } from '../../app/figureText';

export function CheckTable(props: { rows: CheckRow[]; agencyColumn?: (c: CheckRow) => ReactNode; max?: number }) {
  const { lang } = useT();
  const zh = lang === 'zh';
  const columns: Column<CheckRow>[] = [
    ...(props.agencyColumn ? [{ key: 'agency', label: zh ? '机构' : 'Agency', render: props.agencyColumn }] : []),
    { key: 'check', label: zh ? '核对项' : 'Check', render: (c) => checkName(c.check, lang) },
    { key: 'status', label: zh ? '结果' : 'Status', render: (c) => <span className={`status ${c.status}`}>{label(CHECK_STATUS_LABELS, c.status, lang)}</span> },
    { key: 'expected', label: zh ? '应为' : 'Expected', numeric: true, render: (c) => formatNumber(c.expected, lang, 4) },
    { key: 'actual', label: zh ? '实为' : 'Actual', numeric: true, render: (c) => formatNumber(c.actual, lang, 4) },
    { key: 'compared', label: zh ? '说明' : 'What was compared', render: (c) => checkText(c, lang) },
    // The extractor's own record of the sum, in its English notation: shown in the English page only.
    ...(zh ? [] : [{ key: 'detail', label: 'Formula', render: (c: CheckRow) => <span data-source-text>{c.detail}</span> }]),
  ];
  return <DataTable rows={props.rows} columns={columns} max={props.max} />;
}
