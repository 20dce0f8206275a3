/**
 * The one chart component: ECharts from echarts/core with only what the views use. No legend component:
 * the views draw their legends in HTML (src/views/shared/Legend.tsx), where names wrap instead of paging.
 */
import { type KeyboardEvent, useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export interface ChartHandle {
  png(): string | null;
}

export function Chart(props: { option: EChartsCoreOption; label: string; height?: number; handle?: (h: ChartHandle) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The signature of the option the current instance shows; emptied with the instance, so a chart
  // disposed and made again (React StrictMode mounts every effect twice) is given its option again.
  const shown = useRef('');
  // The category the keyboard is on (-1: none yet); a new option starts again from the first.
  const at = useRef(-1);

  useEffect(() => {
    const el = ref.current!;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('finished', () => {
      if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    props.handle?.({ png: () => instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) });
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
      shown.current = '';
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Views build a new option object on every render (a query starting, a sibling's data arriving): the
  // chart is set again only when what it shows changed, since setOption rebuilds and animates it.
  useEffect(() => {
    const signature = JSON.stringify(props.option, (_key, value) => (typeof value === 'function' ? String(value) : value));
    if (signature === shown.current) return;
    shown.current = signature;
    at.current = -1;
    // A copy: ECharts takes `media` off the object it is given, and the option may be set again.
    chart.current?.setOption({ ...props.option }, true);
  }, [props.option]);

  // The keyboard reaches every value the mouse does: the arrow keys move the tooltip along the category axis.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const instance = chart.current;
    const step = ({ ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 } as Record<string, number>)[e.key];
    if (!instance || (!step && e.key !== 'Home' && e.key !== 'End' && e.key !== 'Escape')) return;
    e.preventDefault();
    if (e.key === 'Escape') return void instance.dispatchAction({ type: 'hideTip' });
    const option = instance.getOption() as { xAxis?: { type?: string; data?: unknown[] }[]; yAxis?: { type?: string; data?: unknown[] }[] };
    const horizontal = option.yAxis?.[0]?.type === 'category';
    const count = (horizontal ? option.yAxis : option.xAxis)?.[0]?.data?.length ?? 0;
    if (count === 0) return;
    at.current = e.key === 'Home' ? 0 : e.key === 'End' ? count - 1 : Math.min(count - 1, Math.max(0, at.current + step));
    const along = instance.convertToPixel(horizontal ? { yAxisIndex: 0 } : { xAxisIndex: 0 }, at.current) as number;
    instance.dispatchAction({ type: 'showTip', x: horizontal ? instance.getWidth() / 2 : along, y: horizontal ? along : instance.getHeight() / 2 });
  };

  return <div ref={ref} className="chart" role="img" aria-label={props.label} tabIndex={0} onKeyDown={onKeyDown} style={{ height: props.height ?? 320 }} />;
}
