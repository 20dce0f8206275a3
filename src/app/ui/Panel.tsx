/** A titled block of a view: an optional chart, its data as a table, and downloads of both. */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart, type ChartHandle } from '../../charts/Chart';
import { useT } from '../i18n';
import { download, downloadUrl, toCsv } from './download';

type Rows = Record<string, unknown>[];

export function Panel(props: {
  id: string;
  title: string;
  option?: EChartsCoreOption;
  /** The CSV download's rows, or a function that fetches them when the button is pressed (a chart of the top reports downloads all). */
  csvRows?: Rows | (() => Promise<Rows>);
  /** Whether there is nothing to show, when csvRows is a function. */
  empty?: boolean;
  chartHeight?: number;
  children?: ReactNode;
}) {
  const { t, lang } = useT();
  // ECharts would describe the chart itself, in Chinese whatever the page's language and with raw floats
  // and NaN: the description names the chart and where its numbers are, in the page's language.
  const description = lang === 'zh' ? `图表：${props.title}。数值见该图的 CSV 下载。` : `Chart: ${props.title}. Its numbers are in the chart's CSV download.`;
  const option = useMemo(() => props.option && { ...props.option, aria: { ...(props.option.aria as object), label: { description } } }, [props.option, description]);
  const chart = useRef<ChartHandle | null>(null);
  const [csvState, setCsvState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const empty = props.empty ?? (Array.isArray(props.csvRows) && props.csvRows.length === 0);
  const downloadCsv = async (rows: Rows | (() => Promise<Rows>)) => {
    setCsvState({ busy: true });
    try {
      download(`${props.id}.csv`, toCsv(typeof rows === 'function' ? await rows() : rows));
      setCsvState({ busy: false });
    } catch (error) {
      setCsvState({ busy: false, error: (error as Error).message });
    }
  };
  return (
    <section className="panel" aria-labelledby={`${props.id}-title`} data-panel={props.id}>
      <header>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <div className="actions">
          {props.csvRows && !empty && (
            <button type="button" disabled={csvState.busy} aria-busy={csvState.busy} onClick={() => void downloadCsv(props.csvRows!)}>{t('downloadCsv')}</button>
          )}
          {props.option && !empty && (
            <button type="button" onClick={() => { const png = chart.current?.png(); if (png) downloadUrl(`${props.id}.png`, png); }}>{t('downloadPng')}</button>
          )}
        </div>
      </header>
      {empty ? <p className="note">{t('noData')}</p> : option && <Chart option={option} label={props.title} height={props.chartHeight} handle={(h) => (chart.current = h)} />}
      {csvState.error && <p className="error" role="alert">{csvState.error}</p>}
      {props.children}
    </section>
  );
}
