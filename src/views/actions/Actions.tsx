import { SectionPanel } from '../shared/SectionPanel';
import { OrderToggle } from '../shared/OrderToggle';
import type { ViewProps } from '../shared/types';
import { useT } from '../../app/i18n';

const ITEMS = ['licensing', 'penalty', 'coercion'];

export function Actions({ state, navigate }: ViewProps) {
  const { lang } = useT();
  return (
    <>
      <OrderToggle state={state} navigate={navigate} />
      <SectionPanel order={state.order} log={state.log} id="actions-decisions" title={lang === 'zh' ? '处理决定数量' : 'Decisions'} filters={state.filters} section="active" items={ITEMS} seriesBy={{ measure: 'decisions' }} keys={ITEMS} />
      <SectionPanel order={state.order} log={state.log} id="actions-items" title={lang === 'zh' ? '上一年项目数量（2019 表式）' : 'Items last year (2019 form)'} filters={state.filters} section="active" items={ITEMS} seriesBy={{ measure: 'prev_year_items' }} keys={ITEMS} />
      <SectionPanel order={state.order} log={state.log} id="actions-change" title={lang === 'zh' ? '本年增/减（2019 表式）' : 'Change this year (2019 form)'} filters={state.filters} section="active" items={ITEMS} seriesBy={{ measure: 'change' }} keys={ITEMS} />
    </>
  );
}
