/**
 * Bars largest first, or in the form's and the dataset's own order (agency, then year); a linear or a log
 * value axis (a whole city's report beside single offices). Both kept in the link.
 */
import type { ViewProps } from './types';
import { useT } from '../../app/i18n';

export function OrderToggle({ state, navigate }: ViewProps) {
  const { lang } = useT();
  const zh = lang === 'zh';
  return (
    <>
      <fieldset className="toggle">
        <legend>{zh ? '排序' : 'Order'}</legend>
        <label><input type="radio" name="order" checked={state.order === 'value'} onChange={() => navigate({ order: 'value' })} /> {zh ? '按数值' : 'By value'}</label>
        <label><input type="radio" name="order" checked={state.order === 'form'} onChange={() => navigate({ order: 'form' })} /> {zh ? '按机构与年份' : 'By agency and year'}</label>
      </fieldset>
      <fieldset className="toggle">
        <legend>{zh ? '刻度' : 'Scale'}</legend>
        <label><input type="radio" name="scale" checked={!state.log} onChange={() => navigate({ log: false })} /> {zh ? '线性' : 'Linear'}</label>
        <label><input type="radio" name="scale" checked={state.log} onChange={() => navigate({ log: true })} /> {zh ? '对数' : 'Log'}</label>
      </fieldset>
    </>
  );
}
