import { ITEM_LABELS, label, REVIEW_GROUPS, REVIEW_MEASURES } from '../../vocabulary';
import { SectionPanel } from '../shared/SectionPanel';
import { OrderToggle } from '../shared/OrderToggle';
import type { ViewProps } from '../shared/types';
import { useT } from '../../app/i18n';

const RESULTS = REVIEW_MEASURES.filter((m) => m !== 'total');

export function Appeals({ state, navigate }: ViewProps) {
  const { lang } = useT();
  return (
    <>
      <OrderToggle state={state} navigate={navigate} />
      {REVIEW_GROUPS.map((g) => (
        <SectionPanel order={state.order} log={state.log} key={g} id={`appeals-${g}`} title={label(ITEM_LABELS, g, lang)} filters={state.filters} section="review_litigation" items={[g]} seriesBy={{ item: g }} keys={RESULTS} stacked />
      ))}
    </>
  );
}
