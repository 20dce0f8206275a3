/** The vocabulary of `facts.flags`. Every flag the extractor writes is listed here with its meaning. */
export const FLAGS = {
  unit_missing: 'Money written without a unit: the number is kept as written, `unit` is empty, and sums leave it out.',
  approximate: 'The source gives a lower bound or estimate (余, 多, 约, 近); the value is the number written.',
  ocr_repaired: 'Damage from OCR or export was removed without changing any digit (a split decimal such as `1756. 58`, a stray backtick); `raw` keeps the original.',
  label_garbled: 'The row label could not be read; the row was placed by the fixed row order of the official form.',
  year_inferred: 'The report names no year; it was inferred from the signature date.',
  narrative_conflict: 'The narrative states a different value than the table for the same key.',
  extra_cells: 'The row had more numbers than the form has columns; they were all equal, so every cell is certain.',
  cells_missing: 'The row had fewer numbers than the form has columns, so no cell could be placed without guessing (status unreadable).',
  cells_misaligned: 'The row had more numbers than the form has columns and they differ, so no cell could be placed (status unreadable).',
  row_missing: 'The form has this row but it was not found in the table (status unreadable).',
  not_a_number: 'The cell holds text that is not a number (status unreadable; `raw` holds it).',
  dash_blank: 'The cell holds only a dash or slash, read as blank.',
  corrected: 'A curated correction replaced the extracted value (see data/raw/corrections.csv for old value, reason and source).',
  synthetic: 'Synthetic test data, never part of the real dataset.',
  split_run: 'The cell was cut from a run of digits printed without separators (crawler text); the form\'s rules and sums left exactly one way to cut it.',
  ambiguous_split: 'The row\'s digits were printed run together and more than one split fits the form\'s rules and sums (or the bounded search could not tell): every cell of the run is unreadable, `raw` holds the digits.',
  split_no_solution: 'The row\'s digits were printed run together and no split fits the form\'s rules and sums: every cell of the run is unreadable, `raw` holds the digits.',
} as const;

export type Flag = keyof typeof FLAGS;
