import { APPLICANT_MEASURES } from '../../vocabulary';
import { SectionPanel } from '../shared/SectionPanel';
import { OrderToggle } from '../shared/OrderToggle';
import type { ViewProps } from '../shared/types';
import { useT } from '../../app/i18n';

const APPLICANTS = APPLICANT_MEASURES.filter((m) => m !== 'total');

export function Requests({ state, navigate }: ViewProps) {
  const { lang } = useT();
  return (
    <>
      <OrderToggle state={state} navigate={navigate} />
      {(['new_received', 'carried_over'] as const).map((item) => (
        <SectionPanel
          order={state.order} log={state.log}
          key={item}
          id={`requests-${item}`}
          title={item === 'new_received' ? (lang === 'zh' ? '本年新收申请（按申请人）' : 'New requests by applicant') : lang === 'zh' ? '上年结转申请（按申请人）' : 'Requests carried over, by applicant'}
          filters={state.filters}
          section="applications"
          items={[item]}
          seriesBy={{ item }}
          keys={APPLICANTS}
          stacked
        />
      ))}
    </>
  );
}
