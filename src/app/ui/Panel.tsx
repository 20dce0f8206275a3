/** A titled block of a view: an optional chart, its data as a table, and downloads of both. */
import { useRef, type ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart, type ChartHandle } from '../../charts/Chart';
import { useT } from '../i18n';
import { download, downloadUrl, toCsv } from './download';

export function Panel(props: {
  id: string;
  title: string;
  option?: EChartsCoreOption;
  csvRows?: Record<string, unknown>[];
  chartHeight?: number;
  children?: ReactNode;
}) {
  const { t } = useT();
  const chart = useRef<ChartHandle | null>(null);
  const empty = props.csvRows !== undefined && props.csvRows.length === 0;
  return (
    <section className="panel" aria-labelledby={`${props.id}-title`} data-panel={props.id}>
      <header>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <div className="actions">
          {props.csvRows && !empty && (
            <button type="button" onClick={() => download(`${props.id}.csv`, toCsv(props.csvRows!))}>{t('downloadCsv')}</button>
          )}
          {props.option && !empty && (
            <button type="button" onClick={() => { const png = chart.current?.png(); if (png) downloadUrl(`${props.id}.png`, png); }}>{t('downloadPng')}</button>
          )}
        </div>
      </header>
      {empty ? <p className="note">{t('noData')}</p> : props.option && <Chart option={props.option} label={props.title} height={props.chartHeight} handle={(h) => (chart.current = h)} />}
      {props.children}
    </section>
  );
}
