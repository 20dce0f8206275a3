/** Filters that apply across views. Each is a single choice here; links may carry several values. */
import { FORM_LABELS, label as labelOf, LEVEL_LABELS } from '../vocabulary';
import type { Filters } from '../data/filters';
import { filterOptions } from '../data/queries';
import { useQuery, useSnapshot } from '../data/useQuery';
import { type MessageKey, useT } from './i18n';

/** Values shown in words; the others (years, names) as they are. */
const VALUE_LABELS: Partial<Record<keyof Filters, typeof FORM_LABELS>> = { forms: FORM_LABELS, levels: LEVEL_LABELS };

const FIELDS: { key: keyof Filters; label: MessageKey }[] = [
  { key: 'years', label: 'year' },
  { key: 'provinces', label: 'province' },
  { key: 'levels', label: 'level' },
  { key: 'agencyTypes', label: 'agencyType' },
  { key: 'forms', label: 'form' },
];

export function FilterBar(props: { filters: Filters; onChange: (f: Filters) => void }) {
  const { t, lang } = useT();
  const snapshot = useSnapshot();
  const options = useQuery((db) => filterOptions(db), [], snapshot === null);
  const o = snapshot?.options ?? options.data;
  if (!o) return null;
  const choices: Record<keyof Filters, (string | number)[]> = {
    years: o.years, provinces: o.provinces, levels: o.levels, agencyTypes: o.agencyTypes, forms: o.forms,
  };
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('filters')}>
      {FIELDS.map(({ key, label }) => {
        const current = props.filters[key] as (string | number)[];
        return (
          <label key={key}>
            <span>{t(label)}</span>
            <select
              name={key}
              value={current.length === 1 ? String(current[0]) : current.length === 0 ? '' : 'multi'}
              onChange={(e) => {
                const v = e.target.value;
                const values = v === '' ? [] : [key === 'years' ? Number(v) : v];
                props.onChange({ ...props.filters, [key]: values });
              }}
            >
              <option value="">{t('all')}</option>
              {current.length > 1 && <option value="multi">{current.map((c) => (VALUE_LABELS[key] ? labelOf(VALUE_LABELS[key], String(c), lang) : String(c))).join(', ')}</option>}
              {choices[key].map((c) => <option key={c} value={String(c)}>{VALUE_LABELS[key] ? labelOf(VALUE_LABELS[key], String(c), lang) : String(c)}</option>)}
            </select>
          </label>
        );
      })}
      <button type="button" onClick={() => props.onChange({ years: [], provinces: [], levels: [], agencyTypes: [], forms: [] })}>
        {t('clearFilters')}
      </button>
    </form>
  );
}
