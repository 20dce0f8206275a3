/** The form dictionary as the dashboard serves it (data/dictionary/form-dictionary.csv), fetched once. */
import { type DictionaryEntry, parseFormDictionary } from '../vocabulary';

let dictionary: Promise<DictionaryEntry[]> | null = null;

/** Fetched once; a failure is forgotten so that the next call tries again. */
export function loadFormDictionary(): Promise<DictionaryEntry[]> {
  dictionary ??= fetch(`${import.meta.env.BASE_URL}data/dictionary/form-dictionary.csv`)
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`form-dictionary.csv: HTTP ${r.status}`))))
    .then(parseFormDictionary)
    .catch((error: Error) => {
      dictionary = null;
      throw error;
    });
  return dictionary;
}
