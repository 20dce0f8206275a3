/** Shapes of the dataset contract (reports.csv, facts.csv, checks.csv) and of the parsed document. */
import type {
  AdminLevel, CheckStatus, FactStatus, Flag, FormVersion, Layout, Origin, ReportFlag, Scope,
} from '../vocabulary';

export interface Fact {
  report_id: string;
  source_file: string;
  agency: string;
  /** The year the number describes; null when the report's year is unknown. */
  year: number | null;
  report_year: number | null;
  section: string;
  item: string;
  measure: string;
  value: number | null;
  unit: string;
  origin: Origin;
  status: FactStatus;
  raw: string;
  line: number | null;
  page: number | null;
  flags: Flag[];
}

export interface Report {
  report_id: string;
  source_file: string;
  sha256: string;
  agency: string;
  agency_id: string;
  agency_type: string;
  province: string;
  city: string;
  county: string;
  division_code: string;
  admin_level: AdminLevel;
  scope: Scope;
  report_year: number | null;
  year_inferred: boolean;
  form_version: FormVersion;
  published_date: string;
  checks_passed: number;
  checks_failed: number;
  /** The agency's name as the report prints it, before abbreviations are expanded or a place is added. */
  agency_as_printed: string;
  /** The report's official web address when the text gives one (a crawler's 原文链接). */
  source_url: string;
  /** How agency, place and year were found (see REPORT_FLAGS). */
  metadata_flags: ReportFlag[];
  /** What could not be found and why, one `field: reason` per entry, `; `-separated; empty when all was found. */
  metadata_missing: string;
  /** The front end that read the file (LAYOUTS); empty for a report kept or written before the column existed. */
  layout: Layout | '';
}

export interface Check {
  report_id: string;
  check: string;
  status: CheckStatus;
  expected: number | null;
  actual: number | null;
  detail: string;
}

/** One cell of a table row as found in the source, with where it came from. */
export interface Cell {
  text: string;
  line: number;
  page: number | null;
  /** A position covered by a rowspan/colspan of another cell (HTML); never holds a value of its own. */
  spanFiller?: boolean;
  /** Read by OCR: the engine's confidence (0–100) in the cell's text, the lowest of its characters'. */
  confidence?: number;
}

/** A row of a table, or a paragraph of prose (one cell). */
export interface Row {
  cells: Cell[];
  /** Cell positions are exact (HTML, pipe tables, one cell per line), unlike tab-separated OCR text. */
  exactColumns?: boolean;
  /** Its value cells may hold several cells run together (crawler text): only the form's sums can split them. */
  gluedCells?: boolean;
  line: number;
  page: number | null;
}

/** A document reduced to rows, whatever its layout. PDF, HTML and text front ends all produce this. */
export interface SourceDocument {
  layout: Layout;
  rows: Row[];
  /** Plain text lines (after layout-specific clean-up) with their 1-based source line numbers, for narrative and metadata. */
  lines: { text: string; line: number; page: number | null; confidence?: number }[];
  /**
   * The source's own lines as a reader sees them, numbered as facts number them (a PDF's visual lines page by
   * page, page furniture included; a text file's lines): what the source viewer shows. Absent where the
   * front end does not know them (DOCX, legacy .doc).
   */
  sourceLines?: SourceLine[];
}

/** One line of the source as printed: its page (PDF) and 1-based line, and its text. */
export interface SourceLine {
  page: number | null;
  line: number;
  text: string;
}
