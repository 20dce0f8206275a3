/** A titled block of a view: an optional chart, its data as a table, and downloads of both. */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart, type ChartHandle } from '../../charts/Chart';
import { useT } from '../i18n';
import { parseHash } from '../route';
import { usesFilters } from '../views';
import { ChartTableAlternative } from './ChartTableAlternative';
import { captionedPng } from './captionedPng';
import { chartCaption, reproducingAddress, sourceLine } from './citation';
import { download, downloadUrl, toCsv } from './download';
import { useEmbed } from './embed';

declare const __DATASET_VERSION__: string;

type Rows = Record<string, unknown>[];

export function Panel(props: {
  id: string;
  title: string;
  option?: EChartsCoreOption;
  /** What the chart's values count or measure (`件`, `万元`), written in its exported caption. */
  unit?: string;
  /** The CSV download's rows, or a function that fetches them when the button is pressed (a chart of the top reports downloads all). */
  csvRows?: Rows | (() => Promise<Rows>);
  /** Whether there is nothing to show, when csvRows is a function. */
  empty?: boolean;
  chartHeight?: number;
  children?: ReactNode;
}) {
  const { t, lang } = useT();
  const embed = useEmbed();
  // ECharts would describe the chart itself, in Chinese whatever the page's language and with raw floats
  // and NaN: the description names the chart and where its numbers are, in the page's language.
  const description = lang === 'zh' ? `图表：${props.title}。数值见图下的表格。` : `Chart: ${props.title}. Its numbers are in the table below it.`;
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
  // What the exported picture says about itself, from the address that draws it (read when drawn: the view re-renders on every navigation).
  const state = parseHash(window.location.hash).state;
  const caption = chartCaption({
    title: props.title, unit: props.unit, filters: usesFilters(state.view) ? state.filters : undefined,
    version: __DATASET_VERSION__, address: reproducingAddress(window.location.href), lang,
  });
  const downloadPng = async () => {
    const png = chart.current?.png();
    if (png) downloadUrl(`${props.id}.png`, await captionedPng(png, caption));
  };
  const drawn = empty ? <p className="note">{t('noData')}</p> : option && <Chart option={option} label={props.title} height={props.chartHeight} handle={(h) => (chart.current = h)} />;
  if (embed?.chart === props.id) {
    if (!embed.root) return null;
    return createPortal(
      <section className="panel embedded" aria-labelledby={`${props.id}-title`} data-panel={props.id}>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {caption.head[1] && <p className="note">{caption.head[1]}</p>}
        {drawn}
        {/* The chart's notes (marked figures, bars left out) travel with it. */}
        {props.children}
        <p className="note source-line">
          {sourceLine(__DATASET_VERSION__, lang)} · <a href={caption.foot[1]} target="_blank" rel="noopener">{lang === 'zh' ? '在网站上查看' : 'View on the site'}</a>
        </p>
      </section>,
      embed.root,
    );
  }
  return (
    <section className="panel" aria-labelledby={`${props.id}-title`} data-panel={props.id}>
      <header>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <div className="actions">
          {props.csvRows && !empty && (
            <button type="button" disabled={csvState.busy} aria-busy={csvState.busy} onClick={() => void downloadCsv(props.csvRows!)}>{t('downloadCsv')}</button>
          )}
          {props.option && !empty && (
            <button type="button" data-caption={[...caption.head, ...caption.foot].join('\n')} onClick={() => void downloadPng()}>{t('downloadPng')}</button>
          )}
        </div>
      </header>
      {drawn}
      {option && !empty && <ChartTableAlternative option={option} />}
      {csvState.error && <p className="error" role="alert">{csvState.error}</p>}
      {props.children}
    </section>
  );
}
