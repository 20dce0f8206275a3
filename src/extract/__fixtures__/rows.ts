/** Test helpers: table rows as the layout readers give them, for the table readers' unit tests. */
import type { Row } from '../types';

/** One cell per text, every cell on `line`, no page; `shape` says how the reader saw the row's columns. */
export const rowOf = (cells: string[], line: number, shape: Pick<Row, 'exactColumns' | 'gluedCells'> = {}): Row =>
  ({ cells: cells.map((text) => ({ text, line, page: null })), line, page: null, ...shape });

/** Rows on consecutive lines from `first`; a ready-made Row is kept as it is. */
export const rowsFrom = (first: number, rows: (string[] | Row)[], shape?: Pick<Row, 'exactColumns' | 'gluedCells'>) =>
  rows.map((cells, i) => (Array.isArray(cells) ? rowOf(cells, first + i, shape) : cells));
