import { SectionPanel } from '../shared/SectionPanel';
import { OrderToggle } from '../shared/OrderToggle';
import type { ViewProps } from '../shared/types';
import { useT } from '../../app/i18n';
import { unitlessAmounts } from '../../data/queries';
import { useQuery } from '../../data/useQuery';

export function Procurement({ state, navigate }: ViewProps) {
  const { lang } = useT();
  const unitless = useQuery((db) => unitlessAmounts(db, state.filters, 'active', 'procurement', 'amount_10k_yuan'), [state.filters]);
  const names = (unitless.data ?? []).map((r) => `${r.agency} ${r.report_year ?? ''}`.trim()).join('、');
  const unitNote = names
    ? lang === 'zh'
      ? `以下报告的金额未注明单位，不计入图表与合计：${names}`
      : `These amounts have no unit in the source and are left out of charts and sums: ${names}`
    : null;
  return (
    <>
      <OrderToggle state={state} navigate={navigate} />
      <SectionPanel order={state.order} log={state.log} id="procurement-items" title={lang === 'zh' ? '政府集中采购项目数量' : 'Central procurement: items'} filters={state.filters} section="active" items={['procurement']} seriesBy={{ item: 'procurement' }} keys={['items']} />
      <SectionPanel order={state.order} log={state.log} id="procurement-amount" title={lang === 'zh' ? '政府集中采购金额（万元）' : 'Central procurement: amount (10k yuan)'} filters={state.filters} section="active" items={['procurement']} seriesBy={{ item: 'procurement' }} keys={['amount_10k_yuan']} note={unitNote} />
      <SectionPanel order={state.order} log={state.log} id="fees-amount" title={lang === 'zh' ? '行政事业性收费金额（万元，2021 表式）' : 'Administrative fees (10k yuan, 2021 form)'} filters={state.filters} section="active" items={['fees']} seriesBy={{ item: 'fees' }} keys={['amount_10k_yuan']} />
      <SectionPanel order={state.order} log={state.log} id="processing-fees" title={lang === 'zh' ? '信息处理费（元）' : 'Information processing fees (yuan)'} filters={state.filters} section="processing_fees" items={['charged']} seriesBy={{ item: 'charged' }} keys={['amount_yuan']} />
    </>
  );
}
