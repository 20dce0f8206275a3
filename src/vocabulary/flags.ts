/** The vocabulary of `facts.flags`. Every flag the extractor writes is listed here with its meaning. */
export const FLAGS = {
  unit_missing: 'Money written without a unit: the number is kept as written, `unit` is empty, and sums leave it out.',
  approximate: 'The source gives a lower bound or estimate (余, 多, 约, 近); the value is the number written.',
  ocr_repaired: 'Damage from OCR or export was removed without changing any digit (a decimal split by a space such as `1756. 58`, only in PDF and text files; a stray backtick); `raw` keeps the original.',
  label_garbled: 'The row label could not be read; the row was placed by the fixed row order of the official form.',
  year_inferred: 'The report names no year; it was inferred from the signature date.',
  narrative_conflict: 'The narrative states a different value than the table for the same key.',
  extra_cells: 'The row had more numbers than the form has columns; they were all equal, so every cell is certain.',
  cells_missing: 'The row had fewer numbers than the form has columns, so no cell could be placed without guessing (status unreadable).',
  cells_misaligned: 'The row had more numbers than the form has columns and they differ, so no cell could be placed (status unreadable).',
  number_in_label: 'A Word or HTML row had a number inside its label cell (`行政处罚` and `7` as two paragraphs of one cell): it is not placed as a value, and each empty cell of the row is unreadable with it as `raw`, since it may belong there.',
  row_missing: 'The form has this row but it was not found in the table (status unreadable).',
  not_a_number: 'The cell holds text that is not a number (status unreadable; `raw` holds it).',
  dash_blank: 'The cell holds only a dash or slash, read as blank.',
  corrected: 'A curated correction replaced the extracted value (see data/raw/corrections.csv for old value, reason and source).',
  synthetic: 'Synthetic test data, never part of the real dataset.',
  split_run: 'The cell was cut from a run of digits printed without separators (crawler text); the form\'s rules and sums left exactly one way to cut it.',
  ambiguous_split: 'The row\'s digits were printed run together and more than one split fits the form\'s rules and sums (or the bounded search could not tell): every cell of the run is unreadable, `raw` holds the digits.',
  split_no_solution: 'The row\'s digits were printed run together and no split fits the form\'s rules and sums: every cell of the run is unreadable, `raw` holds the digits.',
  ocr: 'Read by OCR from a scanned page or a page image (every fact of such a report carries it).',
  ocr_low_confidence: 'Read by OCR with a confidence under the threshold (see docs/ocr.md) for at least one of its characters: status unreadable, `raw` holds the recognised text.',
  ocr_check_failed: 'Read by OCR, and a sum or balance covering it (勾稽关系) failed: one of its numbers is misread, so none is kept (status unreadable, `raw` holds the recognised text).',
  ocr_unchecked: 'Read by OCR, and every sum or balance covering it could not be assessed (another of its cells is unreadable): not kept without the check (status unreadable, `raw` holds the recognised text).',
} as const;

export type Flag = keyof typeof FLAGS;

/**
 * The vocabulary of `reports.metadata_flags`: how the report's agency, place and year were found, and
 * which could not be. What could not be found is explained in `reports.metadata_missing`.
 */
export const REPORT_FLAGS = {
  agency_expanded: 'The agency was printed abbreviated (发改委, 市府办); `agency` is the full official name from data/dictionary/agency-aliases.json, `agency_as_printed` the printed one.',
  place_inferred: 'The agency name has no place (市民政局); the place was read from the text itself (the local regulation it cites, its address, its website, 本市/本区 said of a place its title names), not from the name.',
  place_lookalike: 'The printed place matched no division because of one look-alike character (毫州 for 亳州); exactly one division fits with it put right, and `agency_as_printed` keeps the printed name.',
  year_inferred: 'Neither the title nor the statistics period gives the year; it was inferred from the signature date.',
  year_conflict: 'The title and the statistics period name different years; no year is set rather than one chosen.',
  agency_missing: 'No title, opening sentence, signature or page field names the reporting body.',
  place_missing: 'The agency is named but neither its name nor the text places it in a division.',
  year_missing: 'No title, statistics period or signature date gives the year.',
} as const;

export type ReportFlag = keyof typeof REPORT_FLAGS;
