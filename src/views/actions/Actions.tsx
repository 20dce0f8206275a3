import { SectionPanel } from '../shared/SectionPanel';
import type { ViewProps } from '../shared/types';
import { useT } from '../../app/i18n';

const ITEMS = ['licensing', 'penalty', 'coercion'];

export function Actions({ state }: ViewProps) {
  const { lang } = useT();
  return (
    <>
      <SectionPanel id="actions-decisions" title={lang === 'zh' ? '处理决定数量' : 'Decisions'} filters={state.filters} section="active" items={ITEMS} seriesBy={{ measure: 'decisions' }} keys={ITEMS} />
      <SectionPanel id="actions-items" title={lang === 'zh' ? '上一年项目数量（2019 表式）' : 'Items last year (2019 form)'} filters={state.filters} section="active" items={ITEMS} seriesBy={{ measure: 'prev_year_items' }} keys={ITEMS} />
      <SectionPanel id="actions-change" title={lang === 'zh' ? '本年增/减（2019 表式）' : 'Change this year (2019 form)'} filters={state.filters} section="active" items={ITEMS} seriesBy={{ measure: 'change' }} keys={ITEMS} />
    </>
  );
}
