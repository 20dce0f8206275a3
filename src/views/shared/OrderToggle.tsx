/** Bars largest first, or in the form's and the dataset's own order (agency, then year); kept in the link. */
import type { ViewProps } from './types';
import { useT } from '../../app/i18n';

export function OrderToggle({ state, navigate }: ViewProps) {
  const { lang } = useT();
  return (
    <fieldset className="toggle">
      <legend>{lang === 'zh' ? '排序' : 'Order'}</legend>
      <label><input type="radio" name="order" checked={state.order === 'value'} onChange={() => navigate({ order: 'value' })} /> {lang === 'zh' ? '按数值' : 'By value'}</label>
      <label><input type="radio" name="order" checked={state.order === 'form'} onChange={() => navigate({ order: 'form' })} /> {lang === 'zh' ? '按机构与年份' : 'By agency and year'}</label>
    </fieldset>
  );
}
