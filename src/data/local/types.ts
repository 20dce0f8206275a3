/** A report added in this browser: the dataset's own rows, and where they came from. */
import type { Check, Fact, Report } from '../../extract/types';
import type { FactLine } from '../../extract/factLines';

export interface LocalEntry {
  report: Report;
  facts: Fact[];
  checks: Check[];
}

export interface LocalReport extends LocalEntry {
  /** The file or paste it came from. */
  file_name: string;
  /** ISO time it was kept. */
  added_at: string;
  /** Metadata fields the user changed before keeping it. */
  edited: string[];
  /** The text it was read from (text sources only), so the source-line viewer works offline. */
  source_text?: string;
  /** The PDF itself (a PDF source), so the viewer opens it at a fact's page. Absent in reports kept before it was kept. */
  source_pdf?: Blob;
  /** The lines its facts point to, with neighbours (sources whose text is not kept: PDF, Word). */
  source_lines?: FactLine[];
}
