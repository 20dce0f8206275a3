/**
 * What the SQL view's schema panel says about each table, view and column: docs/data-dictionary.md, read
 * with the parser that writes data/datapackage.json, so the panel and the published descriptions agree.
 */
import dictionary from '../../../docs/data-dictionary.md?raw';
import { dictionaryFields, dictionaryFiles, dictionaryViews } from '../../extract/datapackage';

/** The first sentence of a definition: a line in a list, the rest is in the dictionary. */
export const firstSentence = (text: string) => {
  const cut = /^(.+?[.;])(?:\s|$)/.exec(text.replace(/`/g, ''));
  return cut ? cut[1].replace(/;$/, '.') : text.replace(/`/g, '');
};

const fields = dictionaryFields(dictionary);

/** Tables in the order the panel lists them: the dataset's three, then what the page builds from them. */
export const SCHEMA_TABLES: { name: string; meaning: string }[] = [
  ...dictionaryFiles(dictionary).filter((f) => ['reports', 'facts', 'checks'].includes(f.name)).map((f) => ({ name: f.name, meaning: `One row per ${f.rowPer}.` })),
  ...dictionaryViews(dictionary).map((v) => ({ name: v.name, meaning: `One row per ${v.rowPer}: ${v.meaning.replace(/`/g, '')}` })),
];

/** A column's meaning: the dictionary's for the dataset's columns (views keep the names of the table they read), else none. */
export function columnMeaning(table: string, column: string): string {
  const from = table === 'checks' ? ['checks'] : table === 'reports' || table === 'report_wide' || table === 'local_reports' ? ['reports'] : ['facts', 'reports'];
  for (const t of from) {
    const f = fields[t]?.find((x) => x.name === column);
    if (f) return firstSentence(f.description);
  }
  return '';
}
