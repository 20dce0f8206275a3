/** The official form's keys and Chinese labels (data/dictionary/form-dictionary.csv), read with PapaParse. */
import Papa from 'papaparse';

export interface DictionaryEntry {
  section: string;
  /** `*` means every item of the section */
  item: string;
  /** `*` means every measure of the section */
  measure: string;
  label_zh: string;
  forms: string;
  note: string;
}

const COLUMNS = ['section', 'item', 'measure', 'label_zh', 'forms', 'note'] as const;

export function parseFormDictionary(text: string): DictionaryEntry[] {
  const { data, meta } = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  const missing = COLUMNS.filter((c) => !meta.fields?.includes(c));
  if (missing.length) throw new Error(`form-dictionary.csv: missing columns ${missing.join(', ')}`);
  return data
    .filter((r) => r.section && r.item && r.measure)
    .map((r) => Object.fromEntries(COLUMNS.map((c) => [c, r[c] ?? ''])) as unknown as DictionaryEntry);
}
