import { ITEM_LABELS, label, REVIEW_GROUPS, REVIEW_MEASURES } from '../../vocabulary';
import { SectionPanel } from '../shared/SectionPanel';
import type { ViewProps } from '../shared/types';
import { useT } from '../../app/i18n';

const RESULTS = REVIEW_MEASURES.filter((m) => m !== 'total');

export function Appeals({ state }: ViewProps) {
  const { lang } = useT();
  return (
    <>
      {REVIEW_GROUPS.map((g) => (
        <SectionPanel key={g} id={`appeals-${g}`} title={label(ITEM_LABELS, g, lang)} filters={state.filters} section="review_litigation" items={[g]} seriesBy={{ item: g }} keys={RESULTS} stacked />
      ))}
    </>
  );
}
