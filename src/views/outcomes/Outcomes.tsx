import { OUTCOME_GROUPS } from '../../data/schema';
import { APPLICATION_ITEMS, BALANCE_ITEMS } from '../../vocabulary';
import { SectionPanel } from '../shared/SectionPanel';
import { OrderToggle } from '../shared/OrderToggle';
import { RefusalRate } from './RefusalRate';
import type { ViewProps } from '../shared/types';
import { useT } from '../../app/i18n';

const OUTCOME_ITEMS = APPLICATION_ITEMS.filter((i) => !BALANCE_ITEMS.includes(i));
/** The first chart shows the six groups; the ones below break a group down into its reasons. */
const GROUPS: { id: string; zh: string; en: string; items: string[]; source?: 'outcome_groups' }[] = [
  { id: 'all', zh: '办理结果（六类）', en: 'Outcomes (six groups)', items: Object.keys(OUTCOME_GROUPS), source: 'outcome_groups' },
  { id: 'withheld', zh: '不予公开（8 项理由）', en: 'Withheld (8 reasons)', items: OUTCOME_ITEMS.filter((i) => i.startsWith('withheld_')) },
  { id: 'unable', zh: '无法提供（3 项）', en: 'Unable to provide (3)', items: OUTCOME_ITEMS.filter((i) => i.startsWith('unable_')) },
  { id: 'not_processed', zh: '不予处理（5 项）', en: 'Not processed (5)', items: OUTCOME_ITEMS.filter((i) => i.startsWith('not_processed_')) },
  { id: 'other', zh: '其他处理（2021 表式分 3 项）', en: 'Other handling (3 rows in the 2021 form)', items: OUTCOME_ITEMS.filter((i) => i.startsWith('other_') && i !== 'other_handling') },
];

/** The breakdowns read one source (the section's cells), so they share one query. */
const BREAKDOWN_CUTS = GROUPS.filter((g) => !g.source).map((g) => ({ items: g.items, seriesBy: { measure: 'total' }, keys: g.items }));

export function Outcomes({ state, navigate }: ViewProps) {
  const { lang } = useT();
  const percent = state.shares;
  return (
    <>
      <OrderToggle state={state} navigate={navigate} />
      <fieldset className="toggle">
        <legend>{lang === 'zh' ? '显示' : 'Show'}</legend>
        <label><input type="radio" name="mode" checked={!percent} onChange={() => navigate({ shares: false })} /> {lang === 'zh' ? '件数' : 'Counts'}</label>
        <label><input type="radio" name="mode" checked={percent} onChange={() => navigate({ shares: true })} /> {lang === 'zh' ? '占比' : 'Shares'}</label>
      </fieldset>
      {GROUPS.map((g) => (
        <SectionPanel
          order={state.order} log={state.log}
          key={g.id}
          id={`outcomes-${g.id}`}
          title={lang === 'zh' ? g.zh : g.en}
          filters={state.filters}
          section="applications"
          items={g.items}
          seriesBy={{ measure: 'total' }}
          keys={g.items}
          source={g.source}
          sharedCuts={g.source ? undefined : BREAKDOWN_CUTS}
          stacked
          percent={percent}
        />
      ))}
      <RefusalRate filters={state.filters} order={state.order} />
    </>
  );
}
