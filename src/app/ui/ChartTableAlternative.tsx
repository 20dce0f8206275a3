/** A chart's values as a table, folded under it: what a screen reader reads instead of the picture. */
import type { EChartsCoreOption } from 'echarts/core';
import { chartTable } from '../../charts/chartTable';
import { formatNumber, useT } from '../i18n';

export function ChartTableAlternative(props: { option: EChartsCoreOption }) {
  const { lang } = useT();
  const table = chartTable(props.option);
  if (!table) return null;
  const show = (c: number | string | null) => (typeof c === 'number' ? `${formatNumber(c, lang, table.percent ? 1 : 4)}${table.percent ? '%' : ''}` : c ?? '—');
  return (
    <details className="chart-table" data-testid="chart-table">
      <summary>{lang === 'zh' ? '以表格查看图中数值' : 'The chart’s values as a table'}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <td />
              {table.series.map((s, i) => <th key={i} scope="col">{s.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {table.categories.map((c, row) => (
              <tr key={row}>
                <th scope="row">{c}</th>
                {table.series.map((s, i) => <td key={i} className="num">{show(s.cells[row])}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
