/**
 * How much of its form's tables a report gave: the cells the form has, and of those the cells read as
 * reported or left unreadable. Narrative-only keys and local variant rows are not cells of the form.
 */
import { DATASET_KEYS, type FormVersion, OTHER_SPLIT_ITEMS } from '../vocabulary';
import type { Fact } from './types';

/** Keys that are not cells of a national form's table: narrative figures, and rows only some provinces add. */
const NOT_FORM_CELLS = /^(active_volume|processing_fees)\.|^active\.(other_documents|other_services)\./;

/** The table cells of a form; a 2021 report that splits （六） has its three rows instead of the one. */
export function formCellKeys(form: FormVersion, splitOther: boolean): string[] {
  return [...DATASET_KEYS]
    .filter(([key, forms]) => forms.includes(form) && !NOT_FORM_CELLS.test(key))
    .map(([key]) => key)
    .filter((key) => {
      const item = key.split('.')[1];
      if (!key.startsWith('applications.')) return true;
      if (item === 'other_handling') return !splitOther;
      return !OTHER_SPLIT_ITEMS.includes(item) || splitOther;
    });
}

/**
 * The 2019 and 2021 forms are fixed: a row a report lacks is a cell missing. The pre-2019 统计表 changed
 * from year to year and province to province, so a pre-2019 report's cells are those of the rows its table
 * prints (a report without the table has none).
 */
export function formTableCells(form: FormVersion, facts: Fact[], reportYear: number | null) {
  const own = facts.filter((f) => f.origin !== 'narrative' && f.origin !== 'derived' && (f.year === reportYear || reportYear === null));
  const splitOther = form === '2021' && own.some((f) => f.section === 'applications' && OTHER_SPLIT_ITEMS.includes(f.item));
  const keys = form === 'pre2019' ? [...new Set(own.map((f) => `${f.section}.${f.item}.${f.measure}`))] : formCellKeys(form, splitOther);
  const status = new Map(own.map((f) => [`${f.section}.${f.item}.${f.measure}`, f.status]));
  return {
    total: keys.length,
    reported: keys.filter((k) => status.get(k) === 'reported' || status.get(k) === 'blank').length,
    unreadable: keys.filter((k) => status.get(k) === 'unreadable').length,
  };
}
